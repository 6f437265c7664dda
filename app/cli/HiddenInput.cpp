#include "HiddenInput.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>

struct HiddenInput::Saved {
    termios attributes;
};

HiddenInput::HiddenInput()
{
    if (!::isatty(STDIN_FILENO))
        return;
    m_saved = new Saved;
    if (::tcgetattr(STDIN_FILENO, &m_saved->attributes) != 0) {
        delete m_saved;
        m_saved = nullptr;
        return;
    }
    termios hidden = m_saved->attributes;
    hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden) == 0;
}

HiddenInput::~HiddenInput()
{
    if (m_active)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved->attributes);
    delete m_saved;
}
#elif defined(Q_OS_WIN)
#include <windows.h>

struct HiddenInput::Saved {
    HANDLE input;
    DWORD mode;
};

HiddenInput::HiddenInput()
{
    // A console (not a pipe or a file): its input mode says whether typed characters are echoed.
    const HANDLE input = ::GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == nullptr || input == INVALID_HANDLE_VALUE || ::GetFileType(input) != FILE_TYPE_CHAR
        || !::GetConsoleMode(input, &mode))
        return;
    if (!::SetConsoleMode(input, mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)))
        return;
    m_saved = new Saved{input, mode};
    m_active = true;
}

HiddenInput::~HiddenInput()
{
    if (m_active)
        ::SetConsoleMode(m_saved->input, m_saved->mode);
    delete m_saved;
}
#else
struct HiddenInput::Saved {};
HiddenInput::HiddenInput() = default;
HiddenInput::~HiddenInput() = default;
#endif
