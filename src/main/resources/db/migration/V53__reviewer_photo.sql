-- A reviewer's optional photo (issue 19): a picture from the image library, chosen by an
-- administrator. The image keeps its own alt text, credit and renditions; the profile only points
-- at it. Images are never deleted, so the reference cannot dangle.
ALTER TABLE reviewer_profile ADD COLUMN photo_image_id BIGINT;
ALTER TABLE reviewer_profile ADD CONSTRAINT fk_reviewer_profile_photo FOREIGN KEY (photo_image_id) REFERENCES image (id);
