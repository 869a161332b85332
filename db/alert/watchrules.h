// SPDX-License-Identifier: MIT
#pragma once

#include "core/alert/watchlist.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

class QSettings;

namespace attlog::db {

// The watch list as JSON, the form the settings keep and Export/Import write and read:
//   {"late_after_s": 300,
//    "rules": [{"name": "…", "enabled": true, "people": ["…"], "employee_ids": ["…"],
//               "cards": ["…"], "doors": ["…"], "direction": "in"|"out", "hours": "20:00-24:00",
//               "unknown_only": false, "sound": "alarm"|"chime"|"beep"|"none"}]}
// Absent members take their defaults. fromJson() refuses what it cannot read exactly (an unknown
// direction, sound or time window, a member of the wrong type) with a message naming the rule.
struct WatchSettings
{
    std::vector<alert::WatchRule> rules;
    alert::AlertOptions options;
    bool operator==(const WatchSettings &) const = default;
};

QByteArray watchSettingsToJson(const WatchSettings &settings);
std::optional<WatchSettings> watchSettingsFromJson(const QByteArray &json, QString *error);

// The watch list in the application's settings (key "alerts/watch_list").
WatchSettings loadWatchSettings(QSettings &settings);
void saveWatchSettings(QSettings &settings, const WatchSettings &watch);

} // namespace attlog::db
