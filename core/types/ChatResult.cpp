// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/types/ChatResult.h"

namespace sotto {

MessageStatus ChatResult::messageStatus() const
{
    switch (status) {
    case Status::Complete:
        return MessageStatus::Complete;
    case Status::Partial:
        return MessageStatus::Partial;
    case Status::Cancelled:
        return MessageStatus::Cancelled;
    case Status::Failed:
    case Status::Blocked:
        return MessageStatus::Error;
    }
    return MessageStatus::Error;
}

} // namespace sotto
