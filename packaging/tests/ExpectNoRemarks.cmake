# cmake -DTOOL=validator -DFILE=path -P ExpectNoRemarks.cmake
# Runs `TOOL FILE` and fails when it exits non-zero or says anything at all: desktop-file-validate
# exits 0 on warnings and hints, which should not pass unnoticed either.
execute_process(COMMAND "${TOOL}" "${FILE}"
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0 OR NOT out STREQUAL "")
    message(FATAL_ERROR "${TOOL} ${FILE} (exit ${status}):\n${out}")
endif()
