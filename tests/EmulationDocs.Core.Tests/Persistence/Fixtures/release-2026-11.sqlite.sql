-- The schema of the release of November 2026 (hand-written migrations M0001-M0004), as IMigrator.GenerateScript()
-- produced it on that code. A database made by that release looks like this; UpgradeFromReleaseTests start from it.

CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "units" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_units" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "ParentId" TEXT NULL,
    "Abbreviation" TEXT NOT NULL,
    "HeaderName" TEXT NOT NULL,
    "Place" TEXT NOT NULL,
    "Email" TEXT NULL
);

CREATE INDEX "IX_units_ParentId" ON "units" ("ParentId");

CREATE TABLE "users" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_users" PRIMARY KEY,
    "FullName" TEXT NOT NULL,
    "Email" TEXT NULL,
    "PasswordHash" TEXT NULL
);

CREATE TABLE "role_assignments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_role_assignments" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Title" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_role_assignments_UserId_UnitId_Role" ON "role_assignments" ("UserId", "UnitId", "Role");

CREATE INDEX "IX_role_assignments_UnitId_Role" ON "role_assignments" ("UnitId", "Role");

CREATE TABLE "delegations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_delegations" PRIMARY KEY AUTOINCREMENT,
    "FromUserId" TEXT NOT NULL,
    "DelegateId" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "ValidFrom" TEXT NOT NULL,
    "ValidTo" TEXT NOT NULL
);

CREATE INDEX "IX_delegations_DelegateId" ON "delegations" ("DelegateId");

CREATE TABLE "definitions" (
    "Id" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Json" TEXT NOT NULL,
    "PublishedAt" TEXT NOT NULL,
    CONSTRAINT "PK_definitions" PRIMARY KEY ("Id", "Version")
);

CREATE TABLE "instances" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_instances" PRIMARY KEY,
    "DefinitionId" TEXT NOT NULL,
    "DefinitionVersion" INTEGER NOT NULL,
    "UnitId" TEXT NOT NULL,
    "OriginUnitId" TEXT NOT NULL,
    "InitiatorId" TEXT NOT NULL,
    "StepId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "DataJson" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL
);

CREATE INDEX "IX_instances_UnitId" ON "instances" ("UnitId");

CREATE TABLE "tasks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tasks" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "StepId" TEXT NOT NULL,
    "StepKind" TEXT NOT NULL,
    "Role" TEXT NULL,
    "UnitId" TEXT NULL,
    "UserId" TEXT NULL,
    "ClaimedBy" TEXT NULL,
    "State" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DueAt" TEXT NULL,
    "CompletedAt" TEXT NULL,
    "CompletedBy" TEXT NULL,
    "Outcome" TEXT NULL,
    "Revision" INTEGER NOT NULL
);

CREATE INDEX "IX_tasks_State_UnitId_Role" ON "tasks" ("State", "UnitId", "Role");

CREATE INDEX "IX_tasks_State_UserId" ON "tasks" ("State", "UserId");

CREATE INDEX "IX_tasks_InstanceId" ON "tasks" ("InstanceId");

CREATE TABLE "history" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_history" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Role" TEXT NULL,
    "UnitId" TEXT NULL,
    "StepId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Comment" TEXT NULL,
    "DocumentHash" TEXT NULL
);

CREATE INDEX "IX_history_InstanceId" ON "history" ("InstanceId");

CREATE TABLE "ballots" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ballots" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" TEXT NOT NULL,
    "StepId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Candidate" TEXT NOT NULL,
    "Agree" INTEGER NOT NULL,
    "Written" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_ballots_InstanceId_StepId_UserId_Candidate" ON "ballots" ("InstanceId", "StepId", "UserId", "Candidate");

CREATE TABLE "commands" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_commands" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "ResultJson" TEXT NOT NULL,
    "At" TEXT NOT NULL
);

CREATE TABLE "document_versions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_document_versions" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Template" TEXT NOT NULL,
    "Hash" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "Frozen" INTEGER NOT NULL,
    "Reference" TEXT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_document_versions_InstanceId_Role_UnitId_Version" ON "document_versions" ("InstanceId", "Role", "UnitId", "Version");

CREATE TABLE "number_series" (
    "SeriesKey" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "LastNumber" INTEGER NOT NULL,
    CONSTRAINT "PK_number_series" PRIMARY KEY ("SeriesKey", "Year")
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123000001_Initial', '10.0.0');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "org_levels" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_org_levels" PRIMARY KEY,
    "Rank" INTEGER NOT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123000002_OrgLevels', '10.0.0');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "timers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_timers" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "TaskId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "DueAt" TEXT NOT NULL,
    "ClaimedBy" TEXT NULL,
    "ClaimedUntil" TEXT NULL,
    "DoneAt" TEXT NULL,
    "Outcome" TEXT NULL
);

CREATE INDEX "IX_timers_DoneAt_DueAt" ON "timers" ("DoneAt", "DueAt");

CREATE INDEX "IX_timers_TaskId" ON "timers" ("TaskId");

CREATE TABLE "notifications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_notifications" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" TEXT NOT NULL,
    "TaskId" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "Role" TEXT NULL,
    "UnitId" TEXT NULL,
    "UserId" TEXT NULL,
    "Message" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE INDEX "IX_notifications_InstanceId" ON "notifications" ("InstanceId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123000003_Timers', '10.0.0');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "units" ADD "Aliases" TEXT NULL;

CREATE TABLE "outbox" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_outbox" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "DocumentVersionId" INTEGER NOT NULL,
    "RecipientUnitId" TEXT NULL,
    "RecipientLine" TEXT NOT NULL,
    "Address" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "LastError" TEXT NULL,
    "SentAt" TEXT NULL,
    "ClaimedBy" TEXT NULL,
    "ClaimedUntil" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_outbox_document_versions_DocumentVersionId" FOREIGN KEY ("DocumentVersionId") REFERENCES "document_versions" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_outbox_State_NextAttemptAt" ON "outbox" ("State", "NextAttemptAt");

CREATE INDEX "IX_outbox_InstanceId" ON "outbox" ("InstanceId");

CREATE INDEX "IX_outbox_DocumentVersionId" ON "outbox" ("DocumentVersionId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123000004_Outbox', '10.0.0');

COMMIT;

