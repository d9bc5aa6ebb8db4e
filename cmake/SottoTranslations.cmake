# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Sotto developers
#
# Qt 6.4's qt_add_translations has no SOURCE_TARGETS, so lupdate is handed the
# sources of every target that holds user-visible strings, made absolute.

function(sotto_translatable_sources out_var)
  set(result)
  foreach(target IN LISTS ARGN)
    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    foreach(source IN LISTS sources)
      if(source MATCHES "\\.(cpp|h)$" AND NOT source MATCHES "/build/")
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${source_dir}" NORMALIZE)
        list(APPEND result "${source}")
      endif()
    endforeach()
  endforeach()
  set(${out_var} ${result} PARENT_SCOPE)
endfunction()

# Builds the .qm files of translations/ into `target` (resource prefix :/i18n)
# and defines `update_translations`, which refreshes the .ts files with lupdate.
function(sotto_add_translations target)
  sotto_translatable_sources(sources ${ARGN})
  set(ts_files
    ${PROJECT_SOURCE_DIR}/translations/sotto_de.ts
    ${PROJECT_SOURCE_DIR}/translations/sotto_fr.ts
    ${PROJECT_SOURCE_DIR}/translations/sotto_es.ts
    ${PROJECT_SOURCE_DIR}/translations/sotto_ja.ts
    ${PROJECT_SOURCE_DIR}/translations/sotto_zh_CN.ts
    ${PROJECT_SOURCE_DIR}/translations/sotto_pt_BR.ts
    ${PROJECT_SOURCE_DIR}/translations/sotto_it.ts
    ${PROJECT_SOURCE_DIR}/translations/sotto_ru.ts
    ${PROJECT_SOURCE_DIR}/translations/sotto_ko.ts)
  qt_add_translations(${target}
    TS_FILES ${ts_files}
    SOURCES ${sources}
    QM_FILES_OUTPUT_VARIABLE qm_files
    LUPDATE_OPTIONS -no-obsolete -locations none)
  qt_add_resources(${target} "${target}_translations"
    PREFIX /i18n
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${qm_files})

  # English needs a translation only for its plurals ("1 request", "2 requests"):
  # sotto_en.ts holds just the %n strings (lupdate -pluralonly), under a target of
  # its own because Qt 6.4 makes one lupdate/lrelease target per target.
  set(en_ts ${PROJECT_SOURCE_DIR}/translations/sotto_en.ts)
  add_custom_target(${target}_plurals)
  qt_add_lupdate(${target}_plurals
    TS_FILES ${en_ts}
    SOURCES ${sources}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}
    OPTIONS -pluralonly -no-obsolete -locations none)
  qt_add_lrelease(${target}_plurals
    TS_FILES ${en_ts}
    QM_FILES_OUTPUT_VARIABLE en_qm
    NO_TARGET_DEPENDENCY)
  qt_add_resources(${target} "${target}_plurals"
    PREFIX /i18n
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${en_qm})
  set_property(GLOBAL PROPERTY SOTTO_QM_FILES ${qm_files} ${en_qm})
  set_property(GLOBAL PROPERTY SOTTO_QM_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  set_property(GLOBAL PROPERTY SOTTO_QM_TARGET ${target})
endfunction()

# Gives a test the same :/i18n translations as the application (the .qm files the
# application's build makes), for tests that switch languages.
function(sotto_add_translation_resources target)
  get_property(qm_files GLOBAL PROPERTY SOTTO_QM_FILES)
  get_property(qm_dir GLOBAL PROPERTY SOTTO_QM_DIR)
  get_property(qm_target GLOBAL PROPERTY SOTTO_QM_TARGET)
  qt_add_resources(${target} "${target}_i18n"
    PREFIX /i18n
    BASE "${qm_dir}"
    FILES ${qm_files})
  add_dependencies(${target} ${qm_target})
endfunction()
