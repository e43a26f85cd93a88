-- The dashboard: which city-wide areas a local area contributes to (for the coverage heatmap of district boards ×
-- the city-wide agreement's areas), and the indexes its aggregates read through.

-- A local agreement's (or citizen promise's) area names the area or areas of the city-wide agreement above it that it
-- contributes to. Managers keep the links; the set of links of an area is locked through the area's version.
CREATE TABLE area_contribution (
    area_id       BIGINT NOT NULL,
    city_area_id  BIGINT NOT NULL,
    PRIMARY KEY (area_id, city_area_id),
    CONSTRAINT fk_area_contribution_area FOREIGN KEY (area_id) REFERENCES priority_area (id) ON DELETE CASCADE,
    CONSTRAINT fk_area_contribution_city_area FOREIGN KEY (city_area_id) REFERENCES priority_area (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_area_contribution_not_itself CHECK (area_id <> city_area_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_area_contribution_city_area ON area_contribution (city_area_id, area_id);

-- One agreement's items (the dashboard of an agreement, and the list filtered by agreement) without a scan of all
-- items: every other index on action_item leads with the plan, the area or the id
CREATE INDEX ix_action_item_agreement ON action_item (agreement_id, status, due_date);

-- Reports per month over many items: a range of dates, joined to the items by their key (covering)
CREATE INDEX ix_progress_report_date_item ON progress_report (reported_on, action_item_id, status);

-- When each completed item was completed: its latest report saying so, found in the index alone
CREATE INDEX ix_progress_report_item_status ON progress_report (action_item_id, status, reported_on);
