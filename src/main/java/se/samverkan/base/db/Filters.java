package se.samverkan.base.db;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Search conditions shared by the repositories. */
public final class Filters {

    private Filters() {
    }

    /**
     * Any of the fields contains the text, ignoring case; LIKE's wildcards in the text match only themselves.
     * No text means no condition.
     */
    @SafeVarargs
    public static Condition containsIgnoreCase(String text, Field<String>... fields) {
        if (text == null || text.isBlank()) {
            return DSL.noCondition();
        }
        String term = text.trim();
        Condition any = DSL.falseCondition();
        for (Field<String> field : fields) {
            any = any.or(field.containsIgnoreCase(term));
        }
        return any;
    }
}
