# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Sotto developers
#
# sotto_options: the one INTERFACE target every Sotto target links. It carries the
# language standard, the warning set, Qt hygiene defines and hardening flags.

set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
set(CMAKE_AUTOMOC ON)

find_program(SOTTO_CCACHE ccache)
if(SOTTO_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${SOTTO_CCACHE}")
endif()

add_library(sotto_options INTERFACE)
target_compile_features(sotto_options INTERFACE cxx_std_20)

target_compile_options(sotto_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
  -Woverloaded-virtual -Wsuggest-override -Wformat=2
  -fstack-protector-strong)
if(SOTTO_WERROR)
  target_compile_options(sotto_options INTERFACE -Werror)
endif()

target_compile_definitions(sotto_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)

target_link_options(sotto_options INTERFACE
  LINKER:-z,relro LINKER:-z,now LINKER:--as-needed)

if(SOTTO_SANITIZE)
  target_compile_options(sotto_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(sotto_options INTERFACE -fsanitize=address,undefined)
endif()
