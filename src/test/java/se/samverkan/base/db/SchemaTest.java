package se.samverkan.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.ACTION_ITEM_BASIS;
import static se.samverkan.db.Tables.ACTION_ITEM_RESOURCE;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.ACTION_PLAN;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PRIORITY_AREA;
import static se.samverkan.db.Tables.USER_ACCOUNT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.IntegrationTest;

/** The schema itself keeps bad data out, even past the UI and the services. */
@IntegrationTest
@Transactional
class SchemaTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    Flyway flyway;

    @Test
    void everyMigrationInSqlFolderIsApplied() throws IOException {
        long files;
        try (Stream<Path> sql = Files.list(Path.of("sql"))) {
            files = sql.filter(p -> p.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        }
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).hasSize((int) files);
        assertThat(Arrays.stream(applied).allMatch(m -> m.getState().isApplied() && !m.getState().isFailed()))
                .isTrue();
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void organisationKindAndAgencyAreChecked() {
        rejects("ck_organisation_kind", () -> dsl.insertInto(ORGANISATION)
                .set(ORGANISATION.NAME, "Okänd").set(ORGANISATION.KIND, "GANG").set(ORGANISATION.AGENCY, "CITY")
                .execute());
        rejects("ck_organisation_agency", () -> dsl.insertInto(ORGANISATION)
                .set(ORGANISATION.NAME, "Okänd").set(ORGANISATION.KIND, "OTHER").set(ORGANISATION.AGENCY, "NONE")
                .execute());
        rejects("uq_organisation_name", () -> dsl.insertInto(ORGANISATION)
                .set(ORGANISATION.NAME, "Stockholms stad").set(ORGANISATION.KIND, "OTHER")
                .set(ORGANISATION.AGENCY, "CITY").execute());
    }

    @Test
    void agreementRulesAreChecked() {
        rejects("uq_agreement_diary_number", () -> insertAgreement("KS 2019/656", "ADOPTED", LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 1, 1), null));
        rejects("ck_agreement_period", () -> insertAgreement("X 1", "DRAFT", LocalDate.of(2020, 1, 2),
                null, LocalDate.of(2020, 1, 1)));
        rejects("ck_agreement_adoption", () -> insertAgreement("X 2", "ADOPTED", LocalDate.of(2020, 1, 1),
                null, null));
        rejects("ck_agreement_status", () -> insertAgreement("X 3", "SIGNED", LocalDate.of(2020, 1, 1),
                null, null));
    }

    @Test
    void actionItemRulesAreChecked() {
        rejects("ck_action_item_progress", () -> insertItem(areaOf("KS 2019/656", 1), "ONGOING", 120));
        rejects("ck_action_item_completed", () -> insertItem(areaOf("KS 2019/656", 1), "COMPLETED", 50));
        rejects("ck_action_item_status", () -> insertItem(areaOf("KS 2019/656", 1), "DONE", 10));
        // an item of the city-wide plan cannot sit in an area of another agreement
        rejects("fk_action_item_area", () -> insertItem(areaOf(localAgreementDiaryNumber(), 1), "ONGOING", 10));
    }

    @Test
    void anAmberOrRedItemSaysWhyAndADeputyIsNotTheResponsible() {
        long item = dsl.select(ACTION_ITEM.ID).from(ACTION_ITEM).orderBy(ACTION_ITEM.ID).limit(1).fetchSingle().value1();
        rejects("ck_action_item_light_comment", () -> dsl.update(ACTION_ITEM).set(ACTION_ITEM.TRAFFIC_LIGHT, "RED")
                .set(ACTION_ITEM.TRAFFIC_LIGHT_COMMENT, " ").where(ACTION_ITEM.ID.eq(item)).execute());
        rejects("ck_action_item_traffic_light", () -> dsl.update(ACTION_ITEM).set(ACTION_ITEM.TRAFFIC_LIGHT, "BLUE")
                .set(ACTION_ITEM.TRAFFIC_LIGHT_COMMENT, "x").where(ACTION_ITEM.ID.eq(item)).execute());
        long person = dsl.select(PERSON.ID).from(PERSON).orderBy(PERSON.ID).limit(1).fetchSingle().value1();
        rejects("ck_action_item_deputy", () -> dsl.update(ACTION_ITEM).set(ACTION_ITEM.RESPONSIBLE_PERSON_ID, person)
                .set(ACTION_ITEM.DEPUTY_PERSON_ID, person).where(ACTION_ITEM.ID.eq(item)).execute());
        rejects("ck_action_item_description", () -> dsl.update(ACTION_ITEM).set(ACTION_ITEM.DESCRIPTION, "  ")
                .where(ACTION_ITEM.ID.eq(item)).execute());
        rejects("ck_action_item_resource_some", () -> dsl.insertInto(ACTION_ITEM_RESOURCE)
                .set(ACTION_ITEM_RESOURCE.ACTION_ITEM_ID, item).set(ACTION_ITEM_RESOURCE.AGENCY, "CITY")
                .set(ACTION_ITEM_RESOURCE.FUNDING, "NEW").execute());
        rejects("ck_action_item_basis_target", () -> dsl.insertInto(ACTION_ITEM_BASIS)
                .set(ACTION_ITEM_BASIS.ACTION_ITEM_ID, item).set(ACTION_ITEM_BASIS.KIND, "ACTION_ITEM").execute());
    }

    /** The audit log is append-only in the database itself: no UPDATE or DELETE gets through, whoever asks. */
    @Test
    void auditRowsCannotBeChangedOrRemoved() {
        long id = dsl.insertInto(AUDIT_EVENT).set(AUDIT_EVENT.OCCURRED_AT, java.time.LocalDateTime.now())
                .set(AUDIT_EVENT.ACTION, "UPDATE").set(AUDIT_EVENT.ENTITY_TYPE, "TEST")
                .returningResult(AUDIT_EVENT.ID).fetchSingle().value1();
        rejects("append-only", () -> dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.ACTION, "DELETE")
                .where(AUDIT_EVENT.ID.eq(id)).execute());
        rejects("append-only", () -> dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(id)).execute());
        assertThat(dsl.fetchValue(AUDIT_EVENT.ACTION, AUDIT_EVENT.ID.eq(id))).isEqualTo("UPDATE");
    }

    @Test
    void usernamesAreLowerCaseWordsAndUnique() {
        long personId = dsl.fetchValue(USER_ACCOUNT.PERSON_ID, USER_ACCOUNT.USERNAME.eq("stad"));
        rejects("ck_user_account_username", () -> dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.PERSON_ID, personId).set(USER_ACCOUNT.USERNAME, "Drop Table")
                .set(USER_ACCOUNT.PASSWORD_HASH, "x").execute());
        rejects("uq_user_account_username", () -> dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.PERSON_ID, personId).set(USER_ACCOUNT.USERNAME, "polis")
                .set(USER_ACCOUNT.PASSWORD_HASH, "x").execute());
    }

    @Test
    void aValidActionItemIsAccepted() {
        int before = dsl.fetchCount(ACTION_ITEM);
        insertItem(areaOf("KS 2019/656", 2), "ONGOING", 40);
        assertThat(dsl.fetchCount(ACTION_ITEM)).isEqualTo(before + 1);
    }

    /** The demo's local agreement, whose diary number follows the year. */
    private String localAgreementDiaryNumber() {
        return dsl.fetchValue(AGREEMENT.DIARY_NUMBER,
                AGREEMENT.TITLE.eq("Lokal samverkansöverenskommelse Enskede-Årsta-Vantör"));
    }

    private long areaOf(String diaryNumber, int position) {
        return dsl.select(PRIORITY_AREA.ID).from(PRIORITY_AREA).join(AGREEMENT)
                .on(AGREEMENT.ID.eq(PRIORITY_AREA.AGREEMENT_ID))
                .where(AGREEMENT.DIARY_NUMBER.eq(diaryNumber), PRIORITY_AREA.POSITION.eq(position))
                .fetchSingle().value1();
    }

    private void insertItem(long areaId, String status, int progress) {
        long agreementId = dsl.fetchValue(AGREEMENT.ID, AGREEMENT.DIARY_NUMBER.eq("KS 2019/656"));
        long planId = dsl.fetchValue(ACTION_PLAN.ID, ACTION_PLAN.AGREEMENT_ID.eq(agreementId));
        long lead = dsl.fetchValue(ORGANISATION.ID, ORGANISATION.NAME.eq("Stockholms stad"));
        dsl.insertInto(ACTION_ITEM)
                .set(ACTION_ITEM.ACTION_PLAN_ID, planId).set(ACTION_ITEM.AGREEMENT_ID, agreementId)
                .set(ACTION_ITEM.AREA_ID, areaId).set(ACTION_ITEM.TITLE, "Testaktivitet")
                .set(ACTION_ITEM.DESCRIPTION, "Så här blir det i praktiken")
                .set(ACTION_ITEM.LEAD_ORGANISATION_ID, lead).set(ACTION_ITEM.STATUS, status)
                .set(ACTION_ITEM.PROGRESS, progress).execute();
    }

    private void insertAgreement(String diaryNumber, String status, LocalDate start, LocalDate adoptedOn,
            LocalDate end) {
        dsl.insertInto(AGREEMENT).set(AGREEMENT.KIND, "LOCAL").set(AGREEMENT.TITLE, "Test")
                .set(AGREEMENT.DIARY_NUMBER, diaryNumber).set(AGREEMENT.STATUS, status)
                .set(AGREEMENT.PERIOD_START, start).set(AGREEMENT.PERIOD_END, end)
                .set(AGREEMENT.ADOPTED_ON, adoptedOn).execute();
    }

    private static void rejects(String constraint, Executable insert) {
        assertThatThrownBy(insert::execute).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining(constraint);
    }
}
