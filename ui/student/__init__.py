"""The student's screens on the shared PC: welcome, about you, questionnaire, profile,
recommendations, finish. Each page is thin: it shows what the flow gives it and emits what the
student did."""
