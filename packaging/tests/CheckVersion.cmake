# cmake -DEXECUTABLE=path -DEXPECTED="name 1.2.3" -P CheckVersion.cmake
# Runs `EXECUTABLE --version` and fails unless it exits 0 and prints exactly the EXPECTED line.
execute_process(COMMAND "${EXECUTABLE}" --version
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${EXECUTABLE} --version exited with ${status}: ${err}")
endif()
if(NOT out STREQUAL "${EXPECTED}\n")
    message(FATAL_ERROR "${EXECUTABLE} --version printed '${out}', expected '${EXPECTED}'")
endif()
message(STATUS "${EXECUTABLE} --version: ${out}")
