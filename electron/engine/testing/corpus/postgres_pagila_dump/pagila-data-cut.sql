--
-- PostgreSQL database dump
--

SET client_encoding = 'UTF8';
SET standard_conforming_strings = off;
SET check_function_bodies = false;
SET client_min_messages = warning;
SET escape_string_warning = off;

SET search_path = public, pg_catalog;

--
-- Name: actor_actor_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('actor_actor_id_seq', 200, true);


--
-- Name: customer_customer_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('customer_customer_id_seq', 599, true);


--
-- Data for Name: actor; Type: TABLE DATA; Schema: public; Owner: postgres
--

ALTER TABLE actor DISABLE TRIGGER ALL;

COPY actor (actor_id, first_name, last_name, last_update) FROM stdin;
1	PENELOPE	GUINESS	2014-02-15 09:34:33
2	NICK	WAHLBERG	2014-02-15 09:34:33
3	ED	CHASE	2014-02-15 09:34:33
4	JENNIFER	DAVIS	2014-02-15 09:34:33
5	JOHNNY	LOLLOBRIGIDA	2014-02-15 09:34:33
6	BETTE	NICHOLSON	2014-02-15 09:34:33
7	GRACE	MOSTEL	2014-02-15 09:34:33
8	MATTHEW	JOHANSSON	2014-02-15 09:34:33
9	JOE	SWANK	2014-02-15 09:34:33
10	CHRISTIAN	GABLE	2014-02-15 09:34:33
\.


ALTER TABLE actor ENABLE TRIGGER ALL;

--
-- Data for Name: customer; Type: TABLE DATA; Schema: public; Owner: postgres
--

ALTER TABLE customer DISABLE TRIGGER ALL;

COPY customer (customer_id, store_id, first_name, last_name, email, address_id, activebool, create_date, last_update, active) FROM stdin;
1	1	MARY	SMITH	MARY.SMITH@sakilacustomer.org	5	t	2014-02-14	2014-02-15 09:57:20	1
2	1	PATRICIA	JOHNSON	PATRICIA.JOHNSON@sakilacustomer.org	6	t	2014-02-14	2014-02-15 09:57:20	1
3	1	LINDA	WILLIAMS	LINDA.WILLIAMS@sakilacustomer.org	7	t	2014-02-14	2014-02-15 09:57:20	1
4	2	BARBARA	JONES	BARBARA.JONES@sakilacustomer.org	8	t	2014-02-14	2014-02-15 09:57:20	1
5	1	ELIZABETH	BROWN	ELIZABETH.BROWN@sakilacustomer.org	9	t	2014-02-14	2014-02-15 09:57:20	1
6	2	JENNIFER	DAVIS	JENNIFER.DAVIS@sakilacustomer.org	10	t	2014-02-14	2014-02-15 09:57:20	1
7	1	MARIA	MILLER	MARIA.MILLER@sakilacustomer.org	11	t	2014-02-14	2014-02-15 09:57:20	1
8	2	SUSAN	WILSON	SUSAN.WILSON@sakilacustomer.org	12	t	2014-02-14	2014-02-15 09:57:20	1
9	2	MARGARET	MOORE	MARGARET.MOORE@sakilacustomer.org	13	t	2014-02-14	2014-02-15 09:57:20	1
10	1	DOROTHY	TAYLOR	DOROTHY.TAYLOR@sakilacustomer.org	14	t	2014-02-14	2014-02-15 09:57:20	1
11	2	LISA	ANDERSON	LISA.ANDERSON@sakilacustomer.org	15	t	2014-02-14	2014-02-15 09:57:20	1
12	1	NANCY	THOMAS	NANCY.THOMAS@sakilacustomer.org	16	t	2014-02-14	2014-02-15 09:57:20	1
13	2	KAREN	JACKSON	KAREN.JACKSON@sakilacustomer.org	17	t	2014-02-14	2014-02-15 09:57:20	1
14	2	BETTY	WHITE	BETTY.WHITE@sakilacustomer.org	18	t	2014-02-14	2014-02-15 09:57:20	1
15	1	HELEN	HARRIS	HELEN.HARRIS@sakilacustomer.org	19	t	2014-02-14	2014-02-15 09:57:20	1
16	2	SANDRA	MARTIN	SANDRA.MARTIN@sakilacustomer.org	20	t	2014-02-14	2014-02-15 09:57:20	0
17	1	DONNA	THOMPSON	DONNA.THOMPSON@sakilacustomer.org	21	t	2014-02-14	2014-02-15 09:57:20	1
18	2	CAROL	GARCIA	CAROL.GARCIA@sakilacustomer.org	22	t	2014-02-14	2014-02-15 09:57:20	1
19	1	RUTH	MARTINEZ	RUTH.MARTINEZ@sakilacustomer.org	23	t	2014-02-14	2014-02-15 09:57:20	1
20	2	SHARON	ROBINSON	SHARON.ROBINSON@sakilacustomer.org	24	t	2014-02-14	2014-02-15 09:57:20	1
21	1	MICHELLE	CLARK	MICHELLE.CLARK@sakilacustomer.org	25	t	2014-02-14	2014-02-15 09:57:20	1
22	1	LAURA	RODRIGUEZ	LAURA.RODRIGUEZ@sakilacustomer.org	26	t	2014-02-14	2014-02-15 09:57:20	1
23	2	SARAH	LEWIS	SARAH.LEWIS@sakilacustomer.org	27	t	2014-02-14	2014-02-15 09:57:20	1
24	2	KIMBERLY	LEE	KIMBERLY.LEE@sakilacustomer.org	28	t	2014-02-14	2014-02-15 09:57:20	1
25	1	DEBORAH	WALKER	DEBORAH.WALKER@sakilacustomer.org	29	t	2014-02-14	2014-02-15 09:57:20	1
\.


ALTER TABLE customer ENABLE TRIGGER ALL;

