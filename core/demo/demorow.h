// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/datetime.h"

#include <cstdint>
#include <optional>
#include <string>

namespace attlog {

// One row of the iVMS table exactly as it is stored: text is raw (possibly mojibake), directions
// are the stored words, authDate/authTime are the stored strings. A plain value.
// std::nullopt stands for SQL NULL.
struct DemoRow
{
    std::int64_t serialNo = 0;
    std::optional<DateTime> authDateTime; // NULL in a few rows: then only authDate/authTime
    std::string authDate;                 // "yyyy-MM-dd", or "dd.MM.yyyy"/"yyyy/MM/dd"
    std::string authTime;                 // "HH:mm:ss"
    std::string direction;
    std::string deviceName;
    std::string deviceSN;
    std::string personName;
    std::optional<std::string> employeeID; // NULL for card-only people
    std::string cardNo;
    std::string doorName;
    std::string readerName;

    bool operator==(const DemoRow &) const = default;
};

} // namespace attlog
