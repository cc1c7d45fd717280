# Drives the installed-style binary through demo → search → verify → backup
# the way a script or an administrator would, checking exit codes.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

function(run_jiuzhu expected_exit)
    execute_process(COMMAND "${JIUZHU}" --data-dir "${WORK_DIR}/office" ${ARGN}
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
    if(NOT result EQUAL expected_exit)
        message(FATAL_ERROR "jiuzhu ${ARGN}: exit ${result}, expected ${expected_exit}\n${output}\n${errors}")
    endif()
    set(last_output "${output}" PARENT_SCOPE)
    set(last_errors "${errors}" PARENT_SCOPE)
endfunction()

run_jiuzhu(1 verify)                       # no store yet: a clear failure, nothing created
if(EXISTS "${WORK_DIR}/office/jiuzhu.db")
    message(FATAL_ERROR "verify created a store")
endif()
run_jiuzhu(0 demo --households 200 --seed 7 --json)
if(NOT last_output MATCHES "\"households\": 200")
    message(FATAL_ERROR "demo did not report 200 households: ${last_output}")
endif()
run_jiuzhu(1 demo --households 200)        # the office exists already
run_jiuzhu(2 demo --households lots)       # usage error
run_jiuzhu(0 search zh --json)
if(NOT last_output MATCHES "\"count\": [1-9]")
    message(FATAL_ERROR "search found nothing: ${last_output}")
endif()
if(last_output MATCHES "[0-9]{17}[0-9X]")
    message(FATAL_ERROR "search printed a full ID number: ${last_output}")
endif()
run_jiuzhu(0 verify --json)
run_jiuzhu(0 backup --out "${WORK_DIR}/usb/backup.db")
if(NOT EXISTS "${WORK_DIR}/usb/backup.db")
    message(FATAL_ERROR "no backup written")
endif()
run_jiuzhu(2 frobnicate)
message(STATUS "CLI round trip passed")
