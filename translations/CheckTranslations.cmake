# Fails when a French or English message is missing or unfinished: refreshes copies of the
# .ts files from the sources with lupdate, then looks for unfinished translations. Run by
# ctest as translations.complete; fix with `cmake --build build/dev --target
# update_translations` and Qt Linguist.
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P CheckTranslations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(ts_files "")
foreach(language fr en)
  file(COPY "${SOURCE_DIR}/translations/guichet_${language}.ts" DESTINATION "${WORK_DIR}")
  list(APPEND ts_files "${WORK_DIR}/guichet_${language}.ts")
endforeach()
execute_process(
  COMMAND "${LUPDATE}" -no-obsolete -locations none -extensions cpp,h
          "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts ${ts_files}
  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "lupdate failed:\n${output}")
endif()
set(problems 0)
foreach(ts IN LISTS ts_files)
  file(READ "${ts}" content)
  string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" unfinished "${content}")
  list(LENGTH unfinished count)
  string(REGEX MATCHALL "<message" messages "${content}")
  list(LENGTH messages total)
  get_filename_component(name "${ts}" NAME)
  message(STATUS "${name}: ${total} messages, ${count} unfinished")
  if(count GREATER 0 OR total EQUAL 0)
    math(EXPR problems "${problems} + 1")
    foreach(entry IN LISTS unfinished)
      string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" source "${entry}")
      message(STATUS "  unfinished: ${source}")
    endforeach()
  endif()
endforeach()
if(problems GREATER 0)
  message(FATAL_ERROR "translations are incomplete: see the messages above")
endif()
