# packaging.version-*: both executables print their name and VERSION for --version, VERSION being
# the one in the top-level project(), and exit 0. The GUI runs on Qt's offscreen platform. (On Windows
# the GUI is a WIN32 program whose --version opens a message box, so only the CLI is checked there.)
set(version_check "${CMAKE_CURRENT_LIST_DIR}/CheckVersion.cmake")
add_test(NAME packaging.version-cli
    COMMAND ${CMAKE_COMMAND} -DEXECUTABLE=$<TARGET_FILE:switchboard-cli>
            "-DEXPECTED=switchboard-cli ${PROJECT_VERSION}" -P ${version_check})
set(version_tests packaging.version-cli)
if(NOT WIN32)
    add_test(NAME packaging.version-gui
        COMMAND ${CMAKE_COMMAND} -DEXECUTABLE=$<TARGET_FILE:switchboard>
                "-DEXPECTED=Switchboard ${PROJECT_VERSION}" -P ${version_check})
    list(APPEND version_tests packaging.version-gui)
endif()
set_tests_properties(${version_tests} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen" LABELS packaging TIMEOUT 60)
