/**
 * The Doctena spec's example payloads, copied as printed with only the trailing commas removed,
 * so the tests check our schemas against exactly what the vendor documents. One more repair: the
 * single-timeblock example is missing the comma after its "recurrence" line, which no parser can
 * guess; that comma is added.
 */

export const calendarsJson = `[
    {
        "_id": "4f02608e18cb71000100004b",
        "name": "Standardkalender PKV",
        "profile_name": "Dr. Max Mustermann"
     },
    {
        "_id": "4f02608e18cb71000100004c",
        "name": "Standardkalender GKV",
        "profile_name": "Dr. Max Mustermann"
     }
]`;

export const calendarJson = `{
    "_id": "4f02608e18cb71000100004b",
    "name": "Standardkalender",
    "profile_name": "Dr. Max Mustermann"
}`;

export const timeblocksJson = `[
    {
        "begins_at": "09:15",
        "ends_at": "13:30",
        "activated": true,
        "status": "ACTIVE",
        "recurrence":"FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        "valid_forever": true,
        "valid_from": "2013-12-10T01:00:00+01:00",
        "valid_until": "2013-12-10T01:00:00+01:00",
        "beat": 3600,
        "weekdays": [
            1,
            2,
            3,
            4,
            5
        ]
    },
    {
        "begins_at": "14:00",
        "ends_at": "18:00",
        "activated": false,
        "status": "INACTIVE",
        "recurrence":"FREQ=WEEKLY;BYDAY=MO,TU,TH,FR",
        "valid_forever": true,
        "valid_from": "2013-09-25T00:00:00+02:00",
        "valid_until": null,
        "beat": 3600,
        "weekdays": [
            1,
            2,
            4,
            5
        ]
    }
]`;

export const timeblockJson = `
    {
        "_id": "4f02608e18cb71abc12341c1",
        "begins_at": "09:15",
        "ends_at": "13:30",
        "activated": true,
        "status": "ACTIVE",
        "valid_forever": true,
        "valid_from": "2013-12-10T01:00:00+01:00",
        "valid_until": "2013-12-10T01:00:00+01:00",
      "recurrence":"FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        "beat": 3600,
        "weekdays": [
            1,
            2,
            3,
            4,
            5
        ],
        "calendar_id": "4f02608e18cb71000100004b"
    }
`;

export const bookingsJson = `[
    {
        "_id": "5319db7acb2fa546f1000026",
        "created_at": "2014-03-07T15:45:14+01:00",
        "updated_at": "2014-03-10T10:45:43+01:00",
        "title": "Julian Hoffmann (doxter)",
        "starts": "2014-03-10T11:15:00+01:00",
        "ends": "2014-03-10T12:15:00+01:00",
        "status": "HANDLED",
        "reason": "Kontrolltermin",
        "no_show": "true",
        "contact": {
            "email": "julian.hoffmann@gmail.com",
            "first_name": "Julian Hoffmann",
            "phone_number": "015771982521"
        },
        "confirmation_link": "http://doxter.de/booking/confirmation?confirmation_token=ZYin4Kv4eTsJvbzUEQhj",
        "insurance": "GKV",
        "problem": "Vertigo / Drehschwindel"
    },
    {
        "_id": "5319db7acb2fa546f1000027",
        "created_at": "2014-03-07T15:45:14+01:00",
        "updated_at": "2014-03-10T10:45:43+01:00",
        "title": "Julian Hoffmann (doxter)",
        "starts": "2014-03-10T11:15:00+01:00",
        "ends": "2014-03-10T12:15:00+01:00",
        "status": "CONFIRMED",
        "reason": "Kontrolltermin",
        "no_show": "true",
        "contact": {
            "email": "julian.hoffmann@gmail.com",
            "first_name": "Julian Hoffmann",
            "phone_number": "015771982521"
        },
        "confirmation_link": "http://doxter.de/booking/confirmation?confirmation_token=ZYin4Kv4eTsJvbzUEQhj",
        "insurance": "GKV",
        "problem": "Vertigo / Drehschwindel"
    }
   ]`;

/** The same list exactly as printed, trailing commas and all, for the lenient-parsing tests. */
export const bookingsJsonAsPrinted = bookingsJson.replace(
  /"problem": "Vertigo \/ Drehschwindel"/g,
  '"problem": "Vertigo / Drehschwindel",',
);

export const bookingJson = `
    {
        "_id": "4f02608e18cb71000141cb11",
        "created_at": "2014-03-07T15:45:14+01:00",
        "updated_at": "2014-03-10T10:45:43+01:00",
        "title": "Julian Hoffmann (doxter)",
        "starts": "2014-03-10T11:15:00+01:00",
        "ends": "2014-03-10T12:15:00+01:00",
        "status": "UNVERIFIED",
        "reason": "Kontrolltermin",
        "no_show": "true",
        "contact": {
            "email": "julian.hoffmann@gmail.com",
            "first_name": "Julian Hoffmann",
            "phone_number": "015771982521"
        },
        "confirmation_link": "http://doxter.de/booking/confirmation?confirmation_token=ZYin4Kv4eTsJvbzUEQhj",
        "insurance": "GKV",
        "problem": "Vertigo / Drehschwindel"
    }
`;

export const updatedBookingJson = `
    {
        "_id": "4f02608e18cb71000141cb11",
        "created_at": "2014-03-07T15:45:14+01:00",
        "updated_at": "2014-03-10T10:45:43+01:00",
        "title": "Julian Hoffmann (doxter)",
        "starts": "2014-03-10T11:15:00+01:00",
        "ends": "2014-03-10T12:15:00+01:00",
        "status": "CONFIRMED",
        "reason": "Kontrolltermin",
        "contact": {
            "email": "julian.hoffmann@gmail.com",
            "first_name": "Julian Hoffmann",
            "phone_number": "015771982521"
        },
        "confirmation_link": ""
    }
`;

export const bookingsMissingUpdatedJson = `{
    "error": "updated is missing"
}`;

export const bookingNotFoundJson = `{
    "error": "Booking not found"
}`;

export const blockingsJson = `[
    {
        "_id": "5319db7acb2fa546f1000026",
        "created_at": "2014-03-07T15:45:14+01:00",
        "updated_at": "2014-03-10T10:45:43+01:00",
        "title": "Julian Hoffmann (doxter)",
        "recurrence": "",
        "starts": "2014-03-10T11:15:00+01:00",
        "ends": "2014-03-10T12:15:00+01:00"
    },
    {
        "_id": "5319db7acb2fa546f1000027",
        "created_at": "2014-03-07T15:45:14+01:00",
        "updated_at": "2014-03-10T10:45:43+01:00",
        "title": "Julian Hoffmann (doxter)",
        "recurrence": "FREQ=WEEKLY;INTERVAL=3;WKST=SU;BYDAY=MO,TU,WE,TH,FR",
        "starts": "2014-03-11T13:15:00+01:00",
        "ends": "2014-03-11T18:25:00+01:00"
    }
   ]`;

export const createdBlockingJson = `{
    "_id": "531ee370bb3357eb20000001",
    "created_at": "2014-03-11T11:20:32+01:00",
    "updated_at": "2014-03-11T11:20:32+01:00",
    "title": "EventTitle",
    "starts": "2014-03-11T13:18:33+01:00",
    "ends": "2014-03-11T15:19:22+01:00",
    "recurrence": "FREQ=WEEKLY;INTERVAL=3;WKST=SU;BYDAY=MO,TU,WE,TH,FR;UNTIL=20150101T000000Z"
}`;

export const updatedBlockingJson = `{
    "_id": "5315f6493f977fb23a00005f",
    "created_at": "2014-03-11T11:20:32+01:00",
    "updated_at": "2014-03-11T11:45:32+01:00",
    "title": "EventTitle",
    "starts": "2014-04-07T11:00:00+01:00",
    "ends": "2014-04-07T12:00:00+01:00",
    "recurrence": "FREQ=WEEKLY;INTERVAL=3;WKST=SU;BYDAY=MO,TU,WE,TH,FR;UNTIL=20150101T000000Z"
}`;

export const deletedBlockingJson = `{}`;
