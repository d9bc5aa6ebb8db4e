# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Sotto developers
#
# Read by cpack (CPACK_PROJECT_CONFIG_FILE) for each generator. dpkg-shlibdeps names the
# packages of the libraries the binary links; Depends also needs what those libraries
# load at run time, so it is judged here from the binary's own links (readelf):
# Qt's platform, image-format and SVG plugins and its translations for Qt's dialogs,
# GStreamer's plugins for Qt Multimedia, and libsecret, which QtKeychain opens by name.

if(CPACK_GENERATOR STREQUAL "DEB")
  execute_process(COMMAND readelf --dynamic "${SOTTO_PACKAGED_BINARY}"
    OUTPUT_VARIABLE dynamic RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "readelf could not read ${SOTTO_PACKAGED_BINARY}")
  endif()
  set(runtime)
  if(dynamic MATCHES "libQt6Core\\.so")
    list(APPEND runtime qt6-translations-l10n)
  endif()
  if(dynamic MATCHES "libQt6Gui\\.so")
    list(APPEND runtime qt6-qpa-plugins qt6-image-formats-plugins)
    # The SVG icon engine and image plugin (shlibdeps names it when the binary links QtSvg).
    if(NOT dynamic MATCHES "libQt6Svg\\.so")
      list(APPEND runtime libqt6svg6)
    endif()
  endif()
  if(dynamic MATCHES "libQt6Multimedia\\.so")
    list(APPEND runtime gstreamer1.0-plugins-base gstreamer1.0-plugins-good)
  endif()
  if(dynamic MATCHES "libqt6keychain\\.so")
    list(APPEND runtime libsecret-1-0)
  endif()
  list(JOIN runtime ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
endif()
