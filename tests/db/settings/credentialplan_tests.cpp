// SPDX-License-Identifier: MIT
// What the connection dialog changes in the credential store when OK is pressed, without widgets.
#include "db/settings/credentialplan.h"

#include "tests/support/catch.h"

using attlog::db::CredentialEntry;
using attlog::db::CredentialPlan;
using attlog::db::planCredentialChanges;

namespace {

CredentialEntry saved(const QString &name)
{
    CredentialEntry entry;
    entry.name = name;
    entry.savedName = name;
    entry.passwordKey = name;
    return entry;
}

} // namespace

TEST_CASE("Credential plan: a typed password is written under the profile's name", "[credentials]")
{
    CredentialEntry office = saved(QStringLiteral("Office"));
    office.typedPassword = QStringLiteral("s3cret;{x}");
    const CredentialPlan plan = planCredentialChanges({office, saved(QStringLiteral("Depot"))}, {});
    REQUIRE(plan.writes.size() == 1);
    CHECK(plan.writes[0].name == QStringLiteral("Office"));
    CHECK(plan.writes[0].password == QStringLiteral("s3cret;{x}"));
    CHECK(plan.removals.isEmpty()); // Depot's saved password stays as it is
}

TEST_CASE("Credential plan: a renamed profile's password moves to the new name", "[credentials]")
{
    CredentialEntry renamed = saved(QStringLiteral("Office"));
    renamed.name = QStringLiteral("Head office");
    const CredentialPlan plan = planCredentialChanges({renamed}, {});
    REQUIRE(plan.writes.size() == 1);
    CHECK(plan.writes[0].name == QStringLiteral("Head office"));
    CHECK_FALSE(plan.writes[0].password.has_value());
    CHECK(plan.writes[0].copyFrom == QStringLiteral("Office"));
    CHECK(plan.removals == QStringList{QStringLiteral("Office")});
}

TEST_CASE("Credential plan: a duplicate copies the password and the original keeps it",
          "[credentials]")
{
    CredentialEntry copy = saved(QStringLiteral("Office"));
    copy.name = QStringLiteral("Office (copy)");
    copy.savedName.clear(); // never saved
    const CredentialPlan plan = planCredentialChanges({saved(QStringLiteral("Office")), copy}, {});
    REQUIRE(plan.writes.size() == 1);
    CHECK(plan.writes[0].name == QStringLiteral("Office (copy)"));
    CHECK(plan.writes[0].copyFrom == QStringLiteral("Office"));
    CHECK(plan.removals.isEmpty());
}

TEST_CASE("Credential plan: unticked Remember removes the saved password, and writes nothing",
          "[credentials]")
{
    CredentialEntry office = saved(QStringLiteral("Office"));
    office.remember = false;
    office.typedPassword = QStringLiteral("typed for this session only");
    CredentialEntry fresh;
    fresh.name = QStringLiteral("New connection");
    fresh.remember = false; // never saved: nothing to remove
    const CredentialPlan plan = planCredentialChanges({office, fresh}, {});
    CHECK(plan.writes.isEmpty());
    CHECK(plan.removals == QStringList{QStringLiteral("Office")});
}

TEST_CASE("Credential plan: deleted profiles lose their password unless the name lives on",
          "[credentials]")
{
    // "Depot" was deleted and another profile renamed to it: that profile's password is Depot's
    // now, so the key stays; "Old" was deleted outright.
    CredentialEntry renamed = saved(QStringLiteral("Depot 2"));
    renamed.name = QStringLiteral("Depot");
    const CredentialPlan plan =
        planCredentialChanges({renamed}, {QStringLiteral("Depot"), QStringLiteral("Old")});
    REQUIRE(plan.writes.size() == 1);
    CHECK(plan.writes[0].name == QStringLiteral("Depot"));
    CHECK(plan.writes[0].copyFrom == QStringLiteral("Depot 2"));
    CHECK(plan.removals == (QStringList{QStringLiteral("Depot 2"), QStringLiteral("Old")}));
}

TEST_CASE("Credential plan: connections without a password keep nothing in the store",
          "[credentials]")
{
    CredentialEntry file = saved(QStringLiteral("Demo file"));
    file.usesPassword = false;
    file.typedPassword = QStringLiteral("ignored");
    const CredentialPlan plan = planCredentialChanges({file}, {});
    CHECK(plan.writes.isEmpty());
    CHECK(plan.removals.isEmpty());
}
