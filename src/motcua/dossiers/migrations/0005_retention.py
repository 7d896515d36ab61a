from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("dossiers", "0004_applicant_id_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="document",
            name="purged_at",
            field=models.DateTimeField(
                blank=True, null=True, verbose_name="xóa tệp khi hết hạn lưu trữ"
            ),
        ),
        migrations.AddField(
            model_name="dossier",
            name="anonymised_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="ẩn danh hóa"),
        ),
        migrations.AddIndex(
            model_name="document",
            index=models.Index(fields=["file"], name="document_file"),
        ),
    ]
