from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "intake"
    verbose_name = "Data in"

    def ready(self):
        from anymail.signals import inbound

        from intake.inbound import keep_inbound

        inbound.connect(keep_inbound, dispatch_uid="intake.keep_inbound")
