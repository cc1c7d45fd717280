set(copy "${WORK_DIR}/jiuzhu_zh_CN.check.ts")
configure_file("${TS_FILE}" "${copy}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -locations none -no-obsolete -silent -I "${SOURCE_DIR}"
            "${SOURCE_DIR}/app" "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" -ts "${copy}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors
    TIMEOUT 100)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}): ${output} ${errors}")
endif()

file(READ "${copy}" catalogue)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*(<comment>[^<]*</comment>[ \n\t]*)?<translation type=\"unfinished\"" unfinished "${catalogue}")
list(LENGTH unfinished unfinished_count)
file(READ "${TS_FILE}" original)
string(REGEX MATCHALL "<message" original_messages "${original}")
string(REGEX MATCHALL "<message" current_messages "${catalogue}")
list(LENGTH original_messages original_count)
list(LENGTH current_messages current_count)

if(unfinished_count GREATER 0)
    string(REPLACE ";" "\n" listing "${unfinished}")
    message(FATAL_ERROR "${unfinished_count} strings have no Chinese translation:\n${listing}\n"
                        "Run: cmake --build <build> --target update_translations, then translate them.")
endif()
if(NOT original_count EQUAL current_count)
    message(FATAL_ERROR "translations/jiuzhu_zh_CN.ts is out of date (${original_count} messages, sources have "
                        "${current_count}): run the update_translations target and commit the result.")
endif()
message(STATUS "All ${current_count} strings are translated.")
