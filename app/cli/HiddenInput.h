#pragma once

/// While alive, typing on the terminal that is standard input is not echoed (for `keys set`, so a
/// key typed or pasted at a terminal does not stay on the screen): termios on Unix, the console
/// mode on Windows. Does nothing when standard input is not a terminal (a pipe, a file), nor on
/// other platforms, where the key is then echoed as typed.
class HiddenInput {
public:
    HiddenInput();
    ~HiddenInput();
    HiddenInput(const HiddenInput&) = delete;
    HiddenInput& operator=(const HiddenInput&) = delete;

    /// True when standard input is a terminal and its echo was turned off.
    bool active() const { return m_active; }

private:
    bool m_active = false;
    struct Saved;
    Saved* m_saved = nullptr;
};
