# What installing and packaging share: the application's identity, the install layout per platform,
# and CPack (a Debian package on Linux, a disk image on macOS, a zip on Windows). Included from the
# top-level CMakeLists.txt before the executables are defined, so that their install rules and
# bundle settings can read the identity below. docs/PACKAGING.md explains every choice.
#
# The version is not here: it is the one in the top-level project(), read as PROJECT_VERSION.

include(GNUInstallDirs)

# Reverse-DNS id: the AppStream component, the macOS bundle identifier.
set(SWITCHBOARD_APP_ID "io.github.switchboard.Switchboard")
# The date of the release PROJECT_VERSION names (AppStream <release>, Debian changelog). Move it
# together with the version in project().
set(SWITCHBOARD_RELEASE_DATE "2026-12-01")
set(SWITCHBOARD_MAINTAINER "Switchboard maintainers <maintainers@switchboard.invalid>")
# No licence has been chosen for Switchboard itself yet: until one is, the package says so
# (packaging/debian/copyright) and AppStream calls it proprietary. Change both together.
set(SWITCHBOARD_SPDX_LICENSE "LicenseRef-proprietary")

# Nothing installed is a shared library of ours: the executables find Qt and QtKeychain in the
# system's library path, so no RUNPATH (qt_standard_project_setup() adds $ORIGIN entries that
# Debian's policy and lintian reject, and that mean nothing in /usr/bin).
if(UNIX AND NOT APPLE)
    set(CMAKE_INSTALL_RPATH "")
endif()

# install(TARGETS) for the two executables, the way each platform expects them: FHS paths on
# Linux; an app bundle with Qt deployed into it on macOS; Qt's and QtKeychain's DLLs next to the
# executables on Windows. `cmake --install` honours DESTDIR and --prefix everywhere.
function(switchboard_install_executables gui cli)
    if(APPLE)
        install(TARGETS ${gui} BUNDLE DESTINATION .)
        install(TARGETS ${cli} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    else()
        install(TARGETS ${gui} ${cli} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
    if(UNIX AND NOT APPLE AND CMAKE_OBJCOPY)
        # `cmake --install --strip` and CPack strip with plain `strip`; Debian's dh_strip also drops
        # the compiler's .comment and the .note section, and lintian asks for the same.
        foreach(target IN ITEMS ${gui} ${cli})
            install(CODE "
                if(CMAKE_INSTALL_DO_STRIP)
                    execute_process(COMMAND \"${CMAKE_OBJCOPY}\" --remove-section=.comment
                        --remove-section=.note
                        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:${target}>\"
                        COMMAND_ERROR_IS_FATAL ANY)
                endif()")
        endforeach()
    endif()
    if(WIN32)
        get_target_property(keychain_type Qt6Keychain::Qt6Keychain TYPE)
        if(keychain_type STREQUAL "SHARED_LIBRARY")
            install(FILES $<TARGET_FILE:Qt6Keychain::Qt6Keychain>
                    DESTINATION ${CMAKE_INSTALL_BINDIR})
        endif()
    endif()
    # macdeployqt / windeployqt at install time: Qt's libraries and plugins (platform, SQLite
    # driver, TLS backend) go into the bundle, or next to the executables (both: either may use a
    # Qt module the other does not). macdeployqt handles bundles only; the CLI there uses the Qt it
    # was built with.
    if(APPLE)
        set(deployed ${gui})
    elseif(WIN32)
        set(deployed ${gui} ${cli})
    else()
        set(deployed)
    endif()
    foreach(target IN LISTS deployed)
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT deploy_script
                                          NO_UNSUPPORTED_PLATFORM_ERROR)
        else()
            qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script
                                          NO_UNSUPPORTED_PLATFORM_ERROR)
        endif()
        install(SCRIPT ${deploy_script})
    endforeach()
endfunction()

# --- CPack -----------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "switchboard")
set(CPACK_PACKAGE_VENDOR "The Switchboard authors")
set(CPACK_PACKAGE_CONTACT "${SWITCHBOARD_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The extended description, read verbatim (no apostrophes: CPack 3.25 writes them as &apos;).
set(CPACK_PACKAGE_DESCRIPTION_FILE "${PROJECT_SOURCE_DIR}/packaging/debian/description.txt")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Switchboard")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/")
# Directories the installer creates: 0755, as Debian's policy wants (CPack's default follows the
# umask of whoever builds).
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
elseif(WIN32)
    set(CPACK_GENERATOR "ZIP")
else()
    set(CPACK_GENERATOR "DEB")
endif()

# Debian: switchboard_VERSION_ARCH.deb into /usr. dpkg-shlibdeps reads the libraries the two
# executables link (Qt 6, QtKeychain, libc, libstdc++) and writes versioned Depends for them.
# What it cannot see is what Qt loads at run time; those are named here:
#   libqt6sql6-sqlite  the QSQLITE driver the profile's database needs
#   ca-certificates    the CA bundle Qt's OpenSSL backend verifies https providers with
#                      (libssl3 comes with libqt6network6; the certificates do not)
# libqt6gui6 (from shlibdeps) carries the xcb and offscreen platform plugins, libqt6network6 the
# TLS backends; a native Wayland window needs qt6-wayland, which is recommended (without it Qt
# runs through XWayland), like Qt's own translations of its dialogs (qt6-translations-l10n).
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SWITCHBOARD_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, ca-certificates")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
# In the .deb only (not in a plain `cmake --install`): lintian's overrides, one per finding that
# is not a fault, each explained in docs/PACKAGING.md. The destination is inside the package.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_INSTALLED_DIRECTORIES
        "${PROJECT_SOURCE_DIR}/packaging/debian/lintian-overrides" "usr/share/lintian/overrides")
endif()

include(CPack)
