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
    ${PROJECT_SOURCE_DIR}/translations/sotto_ja.ts)
  qt_add_translations(${target}
    TS_FILES ${ts_files}
    SOURCES ${sources}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations none)
endfunction()
