package se.samverkan.actionplan;

import java.time.Clock;
import java.time.LocalDate;

import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import se.samverkan.agreement.AgreementScope;
import se.samverkan.agreement.AreaReferences;

/** Tells the agreement feature how many action items an area has, so that an area with items is not deleted. */
@Component
class AreaItemReferences implements AreaReferences {

    private final ActionItemRepository items;
    private final Clock clock;

    AreaItemReferences(ActionItemRepository items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    @Override
    public int countInArea(long areaId) {
        // every item counts here, whoever may read it
        return items.count(ItemFilter.none().withArea(areaId), DSL.noCondition(), AgreementScope.everything(),
                LocalDate.now(clock));
    }
}
