package timex

import (
	"time"

	"chronicle"
)

const (
	dayLayout   = "2006-01-02"
	monthLayout = "2006-01"
	yearLayout  = "2006"
)

func day(t time.Time, precision string) chronicle.Date {
	return chronicle.Date{Value: t.Format(dayLayout), Granularity: chronicle.Day, Precision: precision}
}

func month(t time.Time, precision string) chronicle.Date {
	return chronicle.Date{Value: t.Format(monthLayout), Granularity: chronicle.Month, Precision: precision}
}

func year(t time.Time, precision string) chronicle.Date {
	return chronicle.Date{Value: t.Format(yearLayout), Granularity: chronicle.Year, Precision: precision}
}

// week is the Monday-to-Sunday week holding t.
func week(t time.Time, precision string) chronicle.Date {
	monday := startOfWeek(t)
	return chronicle.Date{Value: monday.Format(dayLayout), End: chronicle.NullString(monday.AddDate(0, 0, 6).Format(dayLayout)),
		Granularity: chronicle.Week, Precision: precision}
}

// dayRange is [from, to] in days.
func dayRange(from, to time.Time, precision string) chronicle.Date {
	return chronicle.Date{Value: from.Format(dayLayout), End: chronicle.NullString(to.Format(dayLayout)),
		Granularity: chronicle.Day, Precision: precision}
}

func monthRange(from, to time.Time, precision string) chronicle.Date {
	return chronicle.Date{Value: from.Format(monthLayout), End: chronicle.NullString(to.Format(monthLayout)),
		Granularity: chronicle.Month, Precision: precision}
}

func yearRange(from, to int, precision string) chronicle.Date {
	return chronicle.Date{Value: yearString(from), End: chronicle.NullString(yearString(to)),
		Granularity: chronicle.Year, Precision: precision}
}

func yearString(y int) string { return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Format(yearLayout) }

func unresolved(published time.Time) chronicle.Date {
	return chronicle.Date{Value: published.Format(dayLayout), Granularity: chronicle.Day, Precision: chronicle.Unresolved}
}

func midnight(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func startOfWeek(t time.Time) time.Time {
	t = midnight(t)
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

func startOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// weekdayFrom returns the day named wd relative to published: in the past
// the most recent on or before it, in the future the first on or after it;
// strict excludes published itself ("last Friday", "next Friday").
func weekdayFrom(published time.Time, wd time.Weekday, past, strict bool) time.Time {
	t := midnight(published)
	diff := int(wd) - int(t.Weekday())
	if past {
		if diff > 0 || diff == 0 && strict {
			diff -= 7
		}
	} else if diff < 0 || diff == 0 && strict {
		diff += 7
	}
	return t.AddDate(0, 0, diff)
}
