// SPDX-License-Identifier: MIT
#include "db/plan/planstore.h"
#include "db/plan/workplanjson.h"

#include "tests/support/catch.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace attlog;
using namespace attlog::db;

namespace {

WorkPlan planWithShift(const std::string &id)
{
    QString error;
    std::optional<WorkPlan> plan = workPlanFromJson("{}", &error);
    REQUIRE(plan);
    Shift shift;
    shift.id = id;
    plan->shifts.push_back(shift);
    return *plan;
}

} // namespace

TEST_CASE("Plan store: versions saved, the newest loaded, nothing written by loading", "[plan]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("планы/workplan.sqlite"));
    PlanStore store(path);
    QString error;
    std::optional<PlanStore::Loaded> loaded = store.load(&error);
    REQUIRE(loaded);
    CHECK(loaded->version == 0);
    CHECK(loaded->plan.shifts.empty());
    CHECK(loaded->plan.calendar.isHoliday(dateFromCivil(2026, 1, 1))); // the built-in calendar
    CHECK_FALSE(QFileInfo::exists(path));

    qint64 version = 0;
    REQUIRE(store.save(planWithShift("day"), 0, QStringLiteral("Оператор"), &version, &error));
    CHECK(version == 1);
    CHECK(PlanStore::isStoreFile(path));
    REQUIRE(store.save(planWithShift("night"), 1, QStringLiteral("Оператор"), &version, &error));
    CHECK(version == 2);

    // The same store object loads (read-only) and then saves again.
    loaded = store.load(&error);
    REQUIRE(loaded);
    REQUIRE(
        store.save(loaded->plan, loaded->version, QStringLiteral("Оператор"), &version, &error));
    CHECK(version == 3);
    REQUIRE(store.save(planWithShift("night"), 3, QStringLiteral("Оператор"), &version, &error));

    PlanStore again(path);
    loaded = again.load(&error);
    REQUIRE(loaded);
    CHECK(loaded->version == 4);
    CHECK(loaded->savedBy == QStringLiteral("Оператор"));
    CHECK(loaded->savedAt.isValid());
    REQUIRE(loaded->plan.shifts.size() == 1);
    CHECK(loaded->plan.shifts[0].id == "night");
    // `--plan` reads a store as it reads a JSON file.
    const std::optional<WorkPlan> read = readPlan(path, &error);
    REQUIRE(read);
    CHECK(read->shifts[0].id == "night");
}

TEST_CASE("Plan store: a save based on an older version is refused, nothing overwritten", "[plan]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    PlanStore first(path);
    PlanStore second(path);
    QString error;
    const auto a = first.load(&error);
    const auto b = second.load(&error);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(first.save(planWithShift("from-first"), a->version, QStringLiteral("first"), nullptr,
                       &error));
    CHECK_FALSE(second.save(planWithShift("from-second"), b->version, QStringLiteral("second"),
                            nullptr, &error));
    CHECK(error.contains(QStringLiteral("saved by someone else")));
    const auto now = PlanStore(path).load(&error);
    REQUIRE(now);
    CHECK(now->version == 1);
    CHECK(now->plan.shifts[0].id == "from-first");

    // An inconsistent plan is never saved.
    WorkPlan broken = planWithShift("x");
    broken.patterns.push_back({"p", {"missing"}, dateFromCivil(2026, 1, 1), {}});
    CHECK_FALSE(first.save(broken, 1, QStringLiteral("first"), nullptr, &error));
    CHECK(error.contains(QStringLiteral("unknown shift")));

    // A file that is not a store is said so.
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("hello");
    file.close();
    CHECK_FALSE(PlanStore(text).load(&error));
    CHECK(error.contains(QStringLiteral("not a plan store")));
}
