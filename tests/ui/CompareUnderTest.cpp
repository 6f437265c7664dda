#include "CompareUnderTest.h"

#include "compare/ActiveCompare.h"
#include "compare/CompareBoard.h"
#include "compare/ComparePage.h"
#include "compare/CompareSetup.h"
#include "compare/CompareTargetsEditor.h"
#include "config/Profile.h"
#include "session/ProfileSession.h"
#include "storage/HistoryWorker.h"

#include <QNetworkProxy>
#include <QPlainTextEdit>
#include <QTest>

namespace TestSupport {

CompareUnderTest::CompareUnderTest(const QString& profileDirectory, QSize size)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_profile = std::make_unique<Session::ProfileSession>(Config::Profile(profileDirectory),
                                                          m_network, m_keys);
    m_history = std::make_unique<Storage::HistoryWorker>(m_profile->profile().databasePath());
    m_page = std::make_unique<Ui::ComparePage>(*m_profile, *m_history);
    QObject::connect(m_page.get(), &Ui::ComparePage::configChanged, m_profile.get(),
                     &Session::ProfileSession::reload);
    m_page->resize(size);
}

std::unique_ptr<CompareUnderTest>
CompareUnderTest::started(const QString& profileDirectory, const ProfileConfig& profile, QSize size)
{
    if (!profile.save(profileDirectory).isEmpty())
        return nullptr;
    auto app = std::make_unique<CompareUnderTest>(profileDirectory, size);
    app->page().show();
    if (!QTest::qWaitForWindowExposed(&app->page()))
        return nullptr;
    // Shortcuts (Ctrl+Enter) reach only the active window; on X without a window manager it
    // has to be asked for.
    app->page().activateWindow();
    if (!QTest::qWaitForWindowActive(&app->page()))
        return nullptr;
    return app;
}

CompareUnderTest::~CompareUnderTest()
{
    m_page.reset();
    m_history.reset();
    m_profile.reset();
}

void CompareUnderTest::run(const QStringList& targets, const QString& prompt)
{
    QList<Compare::CompareTarget> list;
    for (const QString& target : targets)
        list.append(target.contains(u'/') ? Compare::CompareTarget::model(target)
                                          : Compare::CompareTarget::route(target));
    m_page->setup()->targets()->setTargets(list);
    m_page->setup()->promptEdit()->setPlainText(prompt);
    m_page->setup()->promptEdit()->setFocus();
    QTest::keyClick(m_page->setup()->promptEdit(), Qt::Key_Return, Qt::ControlModifier);
}

Ui::CompareColumnView* CompareUnderTest::column(int index) const
{
    return m_page->board()->view(index);
}

bool CompareUnderTest::busy() const
{
    return m_page->active().isRunning();
}

} // namespace TestSupport
