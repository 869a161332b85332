// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/t13sheet.h"

namespace attlog::db {

// Puts the sheet's people in the order of the Russian alphabet by name (Ё with Е, not before А as
// the bytes of UTF-8 would), then by personnel number: the form's order, the same on every
// machine whatever its locale. Other alphabets' letters (Ukrainian, Kazakh) fall where the
// collation puts them.
void sortT13People(T13Sheet *sheet);

} // namespace attlog::db
