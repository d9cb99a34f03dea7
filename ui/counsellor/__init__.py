"""The counsellor's side of the app, behind the counsellor password."""
