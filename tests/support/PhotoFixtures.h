// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>

namespace sotto::test {

/// The EXIF a phone writes, as a little-endian TIFF structure: camera make and model
/// ("Wombat", "Phone 7 Pro"), software ("WombatOS 4.2"), the date changed and taken
/// ("2026:05:01 …"), an exposure time, and a GPS position: 10 tags.
QByteArray phoneExif();
/// A JPEG segment: the marker, its length, the payload.
QByteArray jpegSegment(quint8 marker, const QByteArray &payload);
/// A 32×24 JPEG as a phone writes it: phoneExif() in APP1, an XMP packet ("wombat-burrow"),
/// a Display P3 ICC profile and a comment ("taken behind the shed").
QByteArray phoneJpeg();

} // namespace sotto::test
