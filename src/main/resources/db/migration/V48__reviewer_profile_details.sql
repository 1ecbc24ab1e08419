-- What readers need to judge a medical reviewer (issue 19): where they work, the body that licensed
-- them and their number, their declared interests, and when the administrator last confirmed it all.
-- Disclosures are known only when stated: disclosure_state is 'unstated' (older and imported
-- profiles), 'none' (an explicit "none declared") or 'declared' (then disclosures holds the text).
ALTER TABLE reviewer_profile ADD COLUMN affiliations VARCHAR(1100);
ALTER TABLE reviewer_profile ADD COLUMN licence_body VARCHAR(200);
ALTER TABLE reviewer_profile ADD COLUMN licence_number VARCHAR(60);
ALTER TABLE reviewer_profile ADD COLUMN disclosure_state VARCHAR(10) DEFAULT 'unstated' NOT NULL;
ALTER TABLE reviewer_profile ADD COLUMN disclosures VARCHAR(2000);
ALTER TABLE reviewer_profile ADD COLUMN confirmed_on DATE;
