# Fails when a translatable string of the sources has no finished translation in a .ts file.
# Script mode (see translations/CMakeLists.txt): lupdate runs on copies, so the sources' .ts files
# are never touched; each copy then holds every current string, and those without a translation
# are marked unfinished.
#   LUPDATE, GENERATE_PROJECT, PROJECT: lupdate, Qt's project generator, the generated project
#   TS_FILES: the full catalogues; PLURALS_TS_FILE: the English plural forms; WORK_DIR: scratch
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

# One lupdate run over copies of `files` with extra `options`.
function(update_copies files options)
    set(copies "")
    foreach(ts IN LISTS files)
        get_filename_component(name "${ts}" NAME)
        file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
        list(APPEND copies "${WORK_DIR}/${name}")
    endforeach()
    list(GET copies 0 first)
    set(project_in "${first}.project.cmake")
    file(WRITE "${project_in}" "include(\"${PROJECT}\")\nset(lupdate_translations \"${copies}\")\n")
    execute_process(COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${project_in}"
                            "-DOUT_FILE=${first}.project.json" -P "${GENERATE_PROJECT}"
                    RESULT_VARIABLE generated)
    if(NOT generated EQUAL 0)
        message(FATAL_ERROR "could not write the lupdate project for ${files}")
    endif()
    execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${options}
                            -project "${first}.project.json"
                    RESULT_VARIABLE updated OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT updated EQUAL 0)
        message(FATAL_ERROR "lupdate failed: ${output}")
    endif()
    set(copies "${copies}" PARENT_SCOPE)
endfunction()

set(all_copies "")
update_copies("${TS_FILES}" "")
list(APPEND all_copies ${copies})
update_copies("${PLURALS_TS_FILE}" "-pluralonly")
list(APPEND all_copies ${copies})

set(missing 0)
set(report "")
foreach(copy IN LISTS all_copies)
    file(READ "${copy}" content)
    # A CMake list splits at ';': keep it out of the way while matching.
    string(REPLACE ";" "__SEMICOLON__" content "${content}")
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<[a-z]*comment>[^<]*</[a-z]*comment>[^<]*)*<translation type=\"unfinished\"" unfinished "${content}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        get_filename_component(name "${copy}" NAME)
        math(EXPR missing "${missing} + ${count}")
        string(APPEND report "\n${name}: ${count} string(s) without a translation, e.g.")
        set(shown 0)
        foreach(entry IN LISTS unfinished)
            if(shown LESS 5)
                string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" text "${entry}")
                string(REPLACE "__SEMICOLON__" ";" text "${text}")
                string(REPLACE "&apos;" "'" text "${text}")
                string(REPLACE "&quot;" "\"" text "${text}")
                string(REPLACE "&lt;" "<" text "${text}")
                string(REPLACE "&gt;" ">" text "${text}")
                string(REPLACE "&amp;" "&" text "${text}")
                string(APPEND report "\n    ${text}")
                math(EXPR shown "${shown} + 1")
            endif()
        endforeach()
    endif()
endforeach()

if(missing GREATER 0)
    message(FATAL_ERROR "${missing} translation(s) missing:${report}\n"
        "Refresh and translate them as docs/DEVELOPMENT.md (Translations) says.")
endif()
message(STATUS "every string is translated (${TS_FILES}; plurals in ${PLURALS_TS_FILE})")
