"""Give notices made before 0002 the subject a new notice would have, read from their link.

Without a subject, an old notice about a journal entry since made private (or an apology
since deleted) still showed, and led to a "not found" page. A new notice names its subject
when it is made (`outreach.tell(..., about=record)`); `NoticeQuerySet.for_person` shows it
only while `access.readable_by` lets its reader read that record. Here the same subject is
read back from the notice's link. The link patterns are frozen as they were when those
notices were made, so later URL changes cannot change what this migration does.

A link that names no known record (the couple page, a hand-off page, no link at all) is
left alone: such a notice is about nothing in particular and keeps showing. A subject that
no longer exists is still filled in: the notice then hides, like a new one whose record was
deleted.
"""

import re

from django.db import migrations

# Link path (with any prefix the site is served under) -> (app label, model name).
SUBJECTS = (
    (re.compile(r"/journal/(\d+)/$"), ("journal", "journalentry")),
    (re.compile(r"/amends/received/(\d+)/$"), ("amends", "apology")),
    (re.compile(r"/amends/(\d+)/$"), ("amends", "apology")),
    (re.compile(r"/invitations/(\d+)/$"), ("invitations", "invitation")),
    (re.compile(r"/talk/(\d+)/$"), ("talk", "repairsession")),
)
BATCH = 500


def subject_of(url):
    """(app label, model name, primary key) named by a notice's link, or None.

    >>> subject_of("/journal/12/")
    ('journal', 'journalentry', 12)
    >>> subject_of("/couple/") is None
    True
    """
    path = url.split("?", 1)[0].split("#", 1)[0]
    for pattern, (app_label, model) in SUBJECTS:
        found = pattern.search(path)
        if found:
            return app_label, model, int(found.group(1))
    return None


def fill_subjects(apps, schema_editor):
    Notice = apps.get_model("couples", "Notice")
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    old = Notice.objects.using(db).filter(subject_type__isnull=True).exclude(url="")
    # Read first, write after: SQLite gives no isolation between a cursor and writes to the
    # table it walks. Two short columns per notice.
    links = list(old.order_by("pk").values_list("pk", "url"))
    kinds = {}
    changed = []
    for pk, url in links:
        found = subject_of(url)
        if found is None:
            continue
        app_label, model, subject_id = found
        if (app_label, model) not in kinds:
            kinds[app_label, model] = ContentType.objects.using(db).get_or_create(
                app_label=app_label, model=model
            )[0]
        changed.append(Notice(pk=pk, subject_type=kinds[app_label, model], subject_id=subject_id))
    Notice.objects.using(db).bulk_update(changed, ["subject_type", "subject_id"], batch_size=BATCH)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("couples", "0002_notice_subject"),
    ]

    # Going back leaves the subjects in place: 0002 has the columns and reads them the same.
    operations = [migrations.RunPython(fill_subjects, migrations.RunPython.noop)]
