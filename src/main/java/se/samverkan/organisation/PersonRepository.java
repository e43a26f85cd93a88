package se.samverkan.organisation;

import static se.samverkan.db.Tables.PERSON;

import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Writing people; the lists and pickers read them through {@link OrganisationRepository}. */
@Repository
class PersonRepository {

    private final DSLContext dsl;

    PersonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<PersonDraft> draft(long id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(r -> {
            PersonDraft d = new PersonDraft();
            d.setDisplayName(r.getDisplayName());
            d.setEmail(r.getEmail());
            d.setTitle(r.getTitle());
            d.setOrganisationId(r.getOrganisationId());
            d.setActive(Boolean.TRUE.equals(r.getActive()));
            d.setVersion(r.getVersion());
            return d;
        });
    }

    /** Another person has the address (compared as the database does, without regard to case). */
    boolean emailTaken(String email, Long exceptId) {
        return dsl.fetchExists(PERSON, PERSON.EMAIL.eq(email)
                .and(exceptId == null ? DSL.noCondition() : PERSON.ID.ne(exceptId)));
    }

    long insert(PersonDraft d) {
        return dsl.insertInto(PERSON)
                .set(PERSON.DISPLAY_NAME, d.getDisplayName())
                .set(PERSON.EMAIL, d.getEmail())
                .set(PERSON.TITLE, d.getTitle())
                .set(PERSON.ORGANISATION_ID, d.getOrganisationId())
                .set(PERSON.ACTIVE, d.isActive())
                .returningResult(PERSON.ID)
                .fetchSingle().value1();
    }

    /** Updates the person if they still have the version the draft was read at; returns the rows updated. */
    int update(long id, PersonDraft d) {
        return dsl.update(PERSON)
                .set(PERSON.DISPLAY_NAME, d.getDisplayName())
                .set(PERSON.EMAIL, d.getEmail())
                .set(PERSON.TITLE, d.getTitle())
                .set(PERSON.ORGANISATION_ID, d.getOrganisationId())
                .set(PERSON.ACTIVE, d.isActive())
                .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.ID.eq(id)).and(PERSON.VERSION.eq(d.getVersion()))
                .execute();
    }
}
