// SPDX-License-Identifier: MIT
// The keyless feed's memory of delivered rows: a multiset of fingerprints per hour.
#include "db/live/keylesstracker.h"

#include "tests/support/catch.h"

#include <vector>

using namespace attlog;
using namespace attlog::db;

namespace {

DateTime at(int h, int mi, int s = 0)
{
    return makeDateTime(dateFromCivil(2024, 3, 2), h, mi, s);
}

RawRow row(const std::string &person, DateTime time)
{
    RawRow r;
    r.authDateTime = time;
    r.personName = person;
    r.doorName = std::string{"Door A"};
    return r;
}

KeylessTracker::Seen seen(const RawRow &r)
{
    return {KeylessTracker::fingerprint(r), std::get<DateTime>(*r.authDateTime)};
}

} // namespace

TEST_CASE("Keyless tracker: fingerprints tell every column apart, NULL from empty", "[keyless]")
{
    const RawRow a = row("Иванов", at(8, 0));
    CHECK(KeylessTracker::fingerprint(a) == KeylessTracker::fingerprint(row("Иванов", at(8, 0))));
    CHECK(KeylessTracker::fingerprint(a) != KeylessTracker::fingerprint(row("Иванов", at(8, 1))));
    RawRow otherDoor = a;
    otherDoor.doorName = std::string{"Door B"};
    CHECK(KeylessTracker::fingerprint(a) != KeylessTracker::fingerprint(otherDoor));
    RawRow empty = a;
    empty.cardNo = std::string{};
    CHECK(KeylessTracker::fingerprint(a) != KeylessTracker::fingerprint(empty)); // NULL vs ""
    // A value cannot run into the next one: "ab" + "c" is not "a" + "bc".
    RawRow ab = a;
    ab.employeeID = std::string{"ab"};
    ab.cardNo = std::string{"c"};
    RawRow bc = a;
    bc.employeeID = std::string{"a"};
    bc.cardNo = std::string{"bc"};
    CHECK(KeylessTracker::fingerprint(ab) != KeylessTracker::fingerprint(bc));
    RawRow text = a;
    text.authDateTime = std::string{"2024-03-02 08:00:00"};
    CHECK(KeylessTracker::fingerprint(a) != KeylessTracker::fingerprint(text));
    CHECK(KeylessTracker::hourOf(at(8, 59, 59)) == at(8, 0));
    CHECK(KeylessTracker::hourOf(DateTime{-1}) == DateTime{-3600});
}

TEST_CASE("Keyless tracker: rows read again are not new, identical rows count one by one",
          "[keyless]")
{
    KeylessTracker tracker;
    const RawRow a = row("A", at(8, 0));
    const RawRow b = row("B", at(8, 0));
    std::vector<KeylessTracker::Seen> read{seen(a), seen(b), seen(a)};
    CHECK(tracker.acceptAdditions(read) == std::vector<std::size_t>{0, 1, 2});
    CHECK(tracker.delivered(at(8, 30)) == 3);
    // The same rows again: nothing new.
    CHECK(tracker.acceptAdditions(read).empty());
    // A third copy of A appears among them: that one only.
    read.insert(read.begin(), seen(a));
    CHECK(tracker.acceptAdditions(read) == std::vector<std::size_t>{3}); // A, A, B, A
    CHECK(tracker.delivered(at(8, 0)) == 4);
    // A read that starts later (the overlap moved on) holds fewer copies: nothing new.
    CHECK(tracker.acceptAdditions(std::vector{seen(b)}).empty());
}

TEST_CASE("Keyless tracker: an hour read whole replaces its memory", "[keyless]")
{
    KeylessTracker tracker;
    const RawRow a = row("A", at(8, 10));
    const RawRow b = row("B", at(8, 20));
    const RawRow c = row("C", at(9, 5));
    tracker.acceptAdditions(std::vector{seen(a), seen(b), seen(c)});

    // A back-filled row in 08:00-09:00, and B deleted: the new row only; B is forgotten.
    const RawRow late = row("Late", at(8, 15));
    const std::vector<KeylessTracker::Seen> hour{seen(a), seen(late)};
    CHECK(tracker.replaceHour(at(8, 0), hour) == std::vector<std::size_t>{1});
    CHECK(tracker.delivered(at(8, 0)) == 2);
    // B written again is a new row.
    CHECK(tracker.replaceHour(at(8, 0), std::vector{seen(a), seen(late), seen(b)}) ==
          std::vector<std::size_t>{2});
    // Rows of another hour in the read are not this hour's.
    CHECK(
        tracker.replaceHour(at(8, 0), std::vector{seen(a), seen(late), seen(b), seen(c)}).empty());
    CHECK(tracker.deliveredPerHour() ==
          std::map<std::int64_t, std::int64_t>{{at(8, 0).seconds, 3}, {at(9, 0).seconds, 1}});
    // An hour read empty is dropped; hours before the window are forgotten.
    CHECK(tracker.replaceHour(at(8, 0), {}).empty());
    CHECK(tracker.delivered(at(8, 0)) == 0);
    tracker.forgetBefore(at(10, 0));
    CHECK(tracker.trackedRows() == 0);
}
