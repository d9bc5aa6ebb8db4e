// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/privacy/RedactionMap.h"

#include <QString>
#include <QStringView>

namespace sotto {

/// Restores placeholders in a streamed answer, delta by delta: a placeholder split
/// across deltas ("⟨EMA" + "IL_1⟩") comes out whole. Only text that can still become
/// a placeholder is held back; everything else is returned at once. `finish()`
/// releases what is held. Fed the same text however it is cut, the concatenated
/// output equals Redactor::restore of the whole.
///
/// A plain value; one per streamed text (answer or reasoning); holds its own copy of
/// the map as it was when the request was made.
class StreamingRestorer final {
public:
    explicit StreamingRestorer(RedactionMap map = {});

    /// The restored text that can be shown now.
    QString feed(QStringView delta);
    /// Ends the text: returns what was held back (unchanged: it is no placeholder).
    QString finish();
    bool isPassThrough() const { return m_map.isEmpty(); }

private:
    RedactionMap m_map;
    QString m_pending;
};

} // namespace sotto
