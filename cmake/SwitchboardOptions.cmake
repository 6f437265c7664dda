# One INTERFACE target carries what every Switchboard target shares: standard, defines, warnings,
# sanitizers. Targets link it privately; nothing here leaks to consumers of the installed files.
add_library(switchboard_options INTERFACE)
add_library(Switchboard::options ALIAS switchboard_options)

target_compile_features(switchboard_options INTERFACE cxx_std_20)
target_compile_definitions(switchboard_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(switchboard_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-align -Wformat=2 -Wimplicit-fallthrough)
    if(SWITCHBOARD_WERROR)
        target_compile_options(switchboard_options INTERFACE -Werror)
    endif()
    # Hardening as Debian builds its packages (dpkg-buildflags): checked buffer functions in
    # optimised builds, stack protector, read-only relocations bound at load time. Not in the
    # sanitizer and fuzzer builds: they are never shipped, and check far more themselves.
    if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND NOT SWITCHBOARD_SANITIZE
       AND NOT SWITCHBOARD_BUILD_FUZZERS)
        target_compile_definitions(switchboard_options INTERFACE
            $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:_FORTIFY_SOURCE=2>)
        target_compile_options(switchboard_options INTERFACE -fstack-protector-strong)
        target_link_options(switchboard_options INTERFACE LINKER:-z,relro LINKER:-z,now)
    endif()
    # Each of the ~70 test executables links the static core and ui libraries, and would carry
    # its own copy of their debug info (over 100 MB each, 15 GB for a CI run). Split DWARF leaves
    # it once in .dwo files beside the objects, where gdb and the sanitizers' symbolizer find it.
    if(SWITCHBOARD_SPLIT_DWARF)
        target_compile_options(switchboard_options INTERFACE -gsplit-dwarf)
        target_link_options(switchboard_options INTERFACE -gsplit-dwarf)
    endif()
    if(SWITCHBOARD_SANITIZE)
        target_compile_options(switchboard_options INTERFACE
            -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_link_options(switchboard_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()
