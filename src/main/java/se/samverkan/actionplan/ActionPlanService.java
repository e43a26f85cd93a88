package se.samverkan.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Action items of the action plans. Reading is open to every signed-in role; editing comes later. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ActionPlanService {

    private final ActionItemRepository items;
    private final Clock clock;

    ActionPlanService(ActionItemRepository items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    public int countItemsInArea(long areaId) {
        return items.countInArea(areaId);
    }

    /** An area's items, overdue ones first, then by due date. */
    public List<ActionItemSummary> findItemsInArea(long areaId, int offset, int limit) {
        return items.pageInArea(areaId, LocalDate.now(clock), offset, limit);
    }

    public Optional<ActionItemDetails> findItem(long id) {
        return items.find(id, LocalDate.now(clock));
    }
}
