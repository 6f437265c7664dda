#pragma once

// The compare page as the GUI builds it, over a throwaway profile: the network, keys without a
// keychain, the profile's services, the history worker and a ComparePage shown on its own.
// Destroyed and built again on the same folder, it is the app restarted.
#include "WindowUnderTest.h"
#include "secrets/KeyResolver.h"

#include <QNetworkAccessManager>
#include <QSize>

#include <memory>

namespace Ui {
class CompareColumnView;
class ComparePage;
} // namespace Ui

namespace TestSupport {

class CompareUnderTest {
public:
    explicit CompareUnderTest(const QString& profileDirectory, QSize size = QSize(1200, 760));
    /// Writes `profile` into the folder, then builds and shows the page; null when that fails.
    static std::unique_ptr<CompareUnderTest> started(const QString& profileDirectory,
                                                     const ProfileConfig& profile,
                                                     QSize size = QSize(1200, 760));
    ~CompareUnderTest();
    CompareUnderTest(const CompareUnderTest&) = delete;
    CompareUnderTest& operator=(const CompareUnderTest&) = delete;

    Ui::ComparePage& page() { return *m_page; }
    Session::ProfileSession& profile() { return *m_profile; }
    Storage::HistoryWorker& history() { return *m_history; }

    /// Sets the targets (route names or PROVIDER/MODEL) and the prompt, then presses Ctrl+Enter.
    void run(const QStringList& targets, const QString& prompt);
    Ui::CompareColumnView* column(int index) const;
    bool busy() const;

private:
    QNetworkAccessManager m_network;
    Secrets::KeyResolver m_keys;
    std::unique_ptr<Session::ProfileSession> m_profile;
    std::unique_ptr<Storage::HistoryWorker> m_history;
    std::unique_ptr<Ui::ComparePage> m_page;
};

} // namespace TestSupport
