# The tests of what a Linux install carries (packaging/CMakeLists.txt):
#   packaging.desktop   desktop-file-validate accepts the menu entry, without a single remark
#   packaging.metainfo  appstreamcli validate (offline) accepts the AppStream metadata
#   packaging.deb       the package is built, passes lintian, installs into a fresh Debian 12 and
#                       works there (deb-install-test.sh says how)
# A missing tool makes a test skip and say which package to install (packaging/install-deps.sh
# installs them all).
set(skip_code 77)
function(switchboard_add_tool_test name tool package)
    find_program(SWITCHBOARD_TOOL_${tool} ${tool})
    if(SWITCHBOARD_TOOL_${tool})
        add_test(NAME ${name} COMMAND ${ARGN})
    else()
        add_test(NAME ${name}
            COMMAND sh -c "echo 'skipped: ${tool} is missing (Debian package ${package})'; exit 77")
    endif()
    set_tests_properties(${name} PROPERTIES LABELS packaging TIMEOUT 60 SKIP_RETURN_CODE ${skip_code})
endfunction()

set(no_remarks "${CMAKE_CURRENT_LIST_DIR}/ExpectNoRemarks.cmake")
switchboard_add_tool_test(packaging.desktop desktop-file-validate desktop-file-utils
    ${CMAKE_COMMAND} -DTOOL=desktop-file-validate
        "-DFILE=${CMAKE_CURRENT_SOURCE_DIR}/linux/switchboard.desktop"
    -P ${no_remarks})
switchboard_add_tool_test(packaging.metainfo appstreamcli appstream
    appstreamcli validate --no-net --explain "${metainfo}")

# Sanitized builds are not packaged: their executables need the sanitizer runtimes, which a user's
# system does not have.
if(NOT SWITCHBOARD_SANITIZE)
    add_test(NAME packaging.deb
        COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/tests/deb-install-test.sh
            --build-dir "${CMAKE_BINARY_DIR}"
            --version "${PROJECT_VERSION}"
            --cpack "${CMAKE_CPACK_COMMAND}"
            --mock-provider "$<TARGET_FILE:switchboard-mock-provider>"
            --app-id "${SWITCHBOARD_APP_ID}")
    # The first run makes the Debian root (about a minute and a half); later runs reuse it.
    set_tests_properties(packaging.deb PROPERTIES
        LABELS packaging TIMEOUT 900 SKIP_RETURN_CODE ${skip_code})
endif()
