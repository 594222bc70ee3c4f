-- Full-text search of the catalogue (GET /catalogue-events and its CSV and iCalendar exports).
--
-- Every search column is derived from the read model's own row (title, description, and the event's JSON
-- document in content) inside the database: the projection keeps writing the document alone, and a rebuild
-- from offset 0 re-derives the columns with it.
--
-- The text configuration is 'english': the catalogue is published in English (titles and descriptions are
-- English whatever language a course is taught in), so stemming lets "planning" find "plan", "planned" and
-- "planners", and stop words ("the", "and", "for") match nothing. 'simple' would match words only as typed.
-- The title weighs more (A) than the description (B) in the rank.
ALTER TABLE catalogue_event
    ADD COLUMN search_text tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, title), 'A')
            || setweight(to_tsvector('english'::regconfig, description), 'B')) STORED;
CREATE INDEX catalogue_event_search_text ON catalogue_event USING GIN (search_text);

-- The language taught in and the eligible audience (a JSON array of framework names), from the document.
ALTER TABLE catalogue_event
    ADD COLUMN language TEXT GENERATED ALWAYS AS (lower((content::jsonb) -> 'offer' ->> 'language')) STORED;
ALTER TABLE catalogue_event
    ADD COLUMN eligible_audience JSONB GENERATED ALWAYS AS ((content::jsonb) -> 'offer' -> 'eligibleAudience') STORED;
CREATE INDEX catalogue_event_language ON catalogue_event (language);
CREATE INDEX catalogue_event_eligible_audience ON catalogue_event USING GIN (eligible_audience);
CREATE INDEX catalogue_event_host_nation ON catalogue_event (host_nation);
CREATE INDEX catalogue_event_delivery_method ON catalogue_event (delivery_method);
CREATE INDEX catalogue_event_discipline ON catalogue_event (discipline_code);
CREATE INDEX catalogue_event_status_nation ON catalogue_event (status, offering_nation);

-- The iterations, one row each, for the date filter; the first start orders the search by date. A text to
-- date cast is not immutable (it reads DateStyle), so these are kept by triggers, not generated columns.
CREATE TABLE catalogue_event_iteration (
    event_id     UUID NOT NULL REFERENCES catalogue_event (id) ON DELETE CASCADE,
    iteration_id UUID NOT NULL,
    start_date   DATE NOT NULL,
    end_date     DATE NOT NULL,
    PRIMARY KEY (event_id, iteration_id)
);
CREATE INDEX catalogue_event_iteration_dates ON catalogue_event_iteration (start_date, end_date);

ALTER TABLE catalogue_event ADD COLUMN first_start DATE;
CREATE INDEX catalogue_event_first_start ON catalogue_event (first_start, title);
CREATE INDEX catalogue_event_title ON catalogue_event (lower(title));

CREATE FUNCTION catalogue_event_first_start() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.first_start := (SELECT min((it ->> 'start')::date)
                          FROM jsonb_array_elements((NEW.content::jsonb) -> 'iterations') AS it);
    RETURN NEW;
END $$;

CREATE FUNCTION catalogue_event_iterations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM catalogue_event_iteration WHERE event_id = NEW.id;
    INSERT INTO catalogue_event_iteration (event_id, iteration_id, start_date, end_date)
    SELECT NEW.id, (it ->> 'iterationId')::uuid, (it ->> 'start')::date, (it ->> 'end')::date
      FROM jsonb_array_elements((NEW.content::jsonb) -> 'iterations') AS it;
    RETURN NULL;
END $$;

CREATE TRIGGER catalogue_event_first_start BEFORE INSERT OR UPDATE OF content ON catalogue_event
    FOR EACH ROW EXECUTE FUNCTION catalogue_event_first_start();
CREATE TRIGGER catalogue_event_iterations AFTER INSERT OR UPDATE OF content ON catalogue_event
    FOR EACH ROW EXECUTE FUNCTION catalogue_event_iterations();

-- The events already read: fill their derived columns once.
UPDATE catalogue_event SET content = content;
