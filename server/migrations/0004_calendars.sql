-- Working-day calendars (holidays and make-up working days per year); `default` is the platform's.
CREATE TABLE calendars (
  id         text PRIMARY KEY,
  doc        jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
