from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="apitoken",
            name="scope_agencies",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="Để trống: mọi cơ quan.",
                verbose_name="chỉ các cơ quan (mã)",
            ),
        ),
        migrations.AddField(
            model_name="apitoken",
            name="scope_actions",
            field=models.JSONField(
                blank=True,
                help_text="Để trống: mọi thao tác.",
                null=True,
                verbose_name="chỉ các thao tác",
            ),
        ),
    ]
