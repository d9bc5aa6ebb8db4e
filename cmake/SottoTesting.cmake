# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Sotto developers
#
# sotto_add_test(NAME <name> SOURCES <files> LABELS <labels> [LIBS <targets>]
#                [TIMEOUT <s>] [ENVIRONMENT <VAR=value> ...] [WRAPPER <command...>])
# Registers one QtTest executable with ctest, with the environment every test
# needs: offscreen platform, C.UTF-8, a private runtime folder, no inherited profile.
# It runs through tests/run-test, which judges its skips: one listed in
# tests/skip-allowlist.txt is reported as Skipped (exit 77), any other fails it.

set(SOTTO_TEST_RUNTIME_DIR "${PROJECT_BINARY_DIR}/test-runtime")
file(MAKE_DIRECTORY "${SOTTO_TEST_RUNTIME_DIR}")
file(CHMOD "${SOTTO_TEST_RUNTIME_DIR}" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)

set(SOTTO_TEST_ENVIRONMENT
  "QT_QPA_PLATFORM=offscreen"
  "LC_ALL=C.UTF-8"
  "LANG=C.UTF-8"
  "LANGUAGE="
  "XDG_RUNTIME_DIR=${SOTTO_TEST_RUNTIME_DIR}"
  "SOTTO_PROFILE="
  "SOTTO_PASSPHRASE="
  "SOTTO_KDF=interactive"
  "SOTTO_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
  "SOTTO_FIXTURES_DIR=${PROJECT_SOURCE_DIR}/tests/data/fixtures"
  "SOTTO_SKIP_ALLOWLIST=${PROJECT_SOURCE_DIR}/tests/skip-allowlist.txt"
  "SOTTO_SKIP_DIR=${PROJECT_BINARY_DIR}/Testing/skips")
set(SOTTO_TEST_RUNNER ${PROJECT_SOURCE_DIR}/tests/run-test)
set(SOTTO_SKIP_RETURN_CODE 77)
if(SOTTO_SANITIZE)
  list(APPEND SOTTO_TEST_ENVIRONMENT
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0"
    "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
endif()

function(sotto_add_test)
  cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LABELS;LIBS;ENVIRONMENT;WRAPPER" ${ARGN})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE sotto_options sotto_test_support Qt6::Test ${T_LIBS})
  add_test(NAME ${T_NAME} COMMAND ${SOTTO_TEST_RUNNER} ${T_NAME} ${T_WRAPPER} $<TARGET_FILE:${T_NAME}>)
  set_tests_properties(${T_NAME} PROPERTIES
    LABELS "${T_LABELS}"
    TIMEOUT ${T_TIMEOUT}
    SKIP_RETURN_CODE ${SOTTO_SKIP_RETURN_CODE}
    ENVIRONMENT "${SOTTO_TEST_ENVIRONMENT};SOTTO_BINARY=$<TARGET_FILE:sotto>;${T_ENVIRONMENT}")
endfunction()

# sotto_add_script_test(NAME <name> COMMAND <cmd...> LABELS <labels> [TIMEOUT <s>])
# Registers a shell-level check (a validator, the real window under Xvfb).
function(sotto_add_script_test)
  cmake_parse_arguments(T "" "NAME;TIMEOUT" "COMMAND;LABELS" ${ARGN})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  add_test(NAME ${T_NAME} COMMAND ${T_COMMAND})
  set_tests_properties(${T_NAME} PROPERTIES
    LABELS "${T_LABELS}"
    TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "${SOTTO_TEST_ENVIRONMENT};SOTTO_BINARY=$<TARGET_FILE:sotto>")
endfunction()

# sotto_add_test_run(NAME <name> TARGET <test executable> LABELS <labels> [ENVIRONMENT ...])
# Runs an executable made by sotto_add_test once more, in another environment.
function(sotto_add_test_run)
  cmake_parse_arguments(T "" "NAME;TARGET" "LABELS;ENVIRONMENT" ${ARGN})
  add_test(NAME ${T_NAME} COMMAND ${SOTTO_TEST_RUNNER} ${T_NAME} $<TARGET_FILE:${T_TARGET}>)
  set_tests_properties(${T_NAME} PROPERTIES
    LABELS "${T_LABELS}"
    TIMEOUT 120
    SKIP_RETURN_CODE ${SOTTO_SKIP_RETURN_CODE}
    ENVIRONMENT "${SOTTO_TEST_ENVIRONMENT};SOTTO_BINARY=$<TARGET_FILE:sotto>;${T_ENVIRONMENT}")
endfunction()
