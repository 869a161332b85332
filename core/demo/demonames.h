// SPDX-License-Identifier: MIT
#pragma once

#include "core/demo/demorandom.h"

#include <string>

namespace attlog {

enum class DemoNationality
{
    Russian,
    Ukrainian,
    Kazakh
};

enum class DemoGender
{
    Male,
    Female
};

// A plausible full name in correct UTF-8, surname first ("Иванов Игорь Петрович",
// "Ковальчук Олексій Іванович", "Сәрсенбаева Әлия Нұрланқызы"), drawn from fixed pools that
// include the letters text repair must survive: И (UTF-8 D0 98), Ё, Ukrainian І Ї Є Ґ and
// Kazakh Ә Ұ Қ Ғ Ө Ү. Deterministic for the state of `rng`.
std::string makeDemoPersonName(DemoRandom &rng, DemoNationality nationality, DemoGender gender);

} // namespace attlog
