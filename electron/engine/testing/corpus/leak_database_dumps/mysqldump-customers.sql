-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

--
-- Table structure for table `customers`
--

DROP TABLE IF EXISTS `customers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `customers` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(191) NOT NULL,
  `first_name` varchar(100) DEFAULT NULL,
  `last_name` varchar(100) DEFAULT NULL,
  `birthdate` date DEFAULT NULL,
  `phone` varchar(32) DEFAULT NULL,
  `password_sha1` binary(20) DEFAULT NULL,
  `remember_token` varbinary(16) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `last_login_ip` varchar(45) DEFAULT NULL,
  `notes` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB AUTO_INCREMENT=21 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `customers`
--

LOCK TABLES `customers` WRITE;
/*!40000 ALTER TABLE `customers` DISABLE KEYS */;
INSERT INTO `customers` VALUES (1,'alice.martin0@example.com','Alice','Martin','1960-01-01','+33 6 12 34 00 00',0x9348ccb9352910390d366c56636a9b607179ffbf,_binary '\0tok00\'\\','2023-01-01 00:00:00','198.51.100.10',NULL),(2,'bruno.bernard1@example.com','Bruno','Bernard','1961-02-02','+33 6 12 34 01 07',0x02c593fd9af8254b859d426a76b6cd42847fbec1,_binary '\0tok01\'\\','2023-01-08 01:00:01','198.51.100.11','appelle le "soir"; rappel 1'),(3,'chloe.dubois2@example.com','Chloé','Dubois','1962-03-03','+33 6 12 34 02 14',0xf16ca2dfa3688bf08c7a4e21544af15bd598cb70,_binary '\0tok02\'\\','2023-01-15 02:00:02','198.51.100.12','appelle le "soir"; rappel 2'),(4,'david.thomas3@example.com','David','O\'Brien','1963-04-04','+33 6 12 34 03 21',0x67fab92a16d6246960fc2d976e22c426730a2abf,_binary '\0tok03\'\\','2023-01-22 03:00:03','198.51.100.13',NULL),(5,'emilie.robert4@example.com','Émilie','Robert','1964-05-05','+33 6 12 34 04 28',0xab136697f8f6577d82e3cd5077effd5d23b199fa,_binary '\0tok04\'\\','2023-01-29 04:00:04','198.51.100.14','appelle le "soir"; rappel 4'),(6,'franck.richard5@example.com','Franck','Richard','1965-06-06',NULL,0x0d03aee276a662179cc2671580ce7496b297c80b,_binary '\0tok05\'\\','2023-02-05 05:00:05','198.51.100.15','appelle le "soir"; rappel 5'),(7,'gaelle.petit6@example.com','Gaëlle','Petit','1966-07-07','+33 6 12 34 06 42',0x5f7ad8780fc1a50514ac4ba16707c69e29974609,_binary '\0tok06\'\\','2023-02-12 06:00:06','198.51.100.16',NULL),(8,'hugo.durand7@example.com','Hugo','Durand','1967-08-08','+33 6 12 34 07 49',0x132ecca866a3653a4e131ca77a59ac38c6bcb0c7,_binary '\0tok07\'\\','2023-02-19 07:00:07','198.51.100.17','appelle le "soir"; rappel 7'),(9,'ines.leroy8@example.com','Inès','Leroy','1968-09-09','+33 6 12 34 08 56',0xd21d03a6d1baedad7f7842a8bd0b8e49fcb17b7a,_binary '\0tok08\'\\','2023-02-26 08:00:08','198.51.100.18','appelle le "soir"; rappel 8'),(10,'julien.moreau9@example.com','Julien','Moreau','1969-10-10','+33 6 12 34 09 63',0x485650df0d1c6361e5907094c238ed6cf5a8f9df,_binary '\0tok09\'\\','2023-03-05 09:00:09','198.51.100.19',NULL),(11,'karine.simon10@example.com','Karine','Simon','1970-11-11','+33 6 12 34 10 70',0xea274f41796d994c513bbd71c4a524522c4cd047,_binary '\0tok10\'\\','2023-03-12 10:00:10','198.51.100.20','appelle le "soir"; rappel 10'),(12,'louis.laurent11@example.com','Louis','Laurent','1971-12-12','+33 6 12 34 11 77',0x2173b9f9fcc9642cbb793be3bbf07ccdf960ecff,_binary '\0tok11\'\\','2023-03-19 11:00:11','198.51.100.21','appelle le "soir"; rappel 11');
INSERT INTO `customers` VALUES (13,'manon.lefebvre12@example.com','Manon','Lefèbvre','1972-01-13','+33 6 12 34 12 84',0x4814d2b83d22c905ec568d3e7e9d978255da559a,_binary '\0tok12\'\\','2023-03-26 12:00:12','198.51.100.22',NULL),(14,'nicolas.michel13@example.com','Nicolas','Michel','1973-02-14','+33 6 12 34 13 91',0x85c74c094c97046b944e91147a0b5ef7135fc5f1,_binary '\0tok13\'\\','2023-04-02 13:00:13','198.51.100.23','appelle le "soir"; rappel 13'),(15,'oceane.garcia14@example.com','Océane','Garcia','1974-03-15','+33 6 12 34 14 98',0x14f36f1cc97bfb86823902c72a1d77724dcdd92f,_binary '\0tok14\'\\','2023-04-09 14:00:14','198.51.100.24','appelle le "soir"; rappel 14'),(16,'pierre.david15@example.com','Pierre','David','1975-04-16','+33 6 12 34 15 05',0xaf55cd1ef228cb707b6157ced9313df017084b5d,_binary '\0tok15\'\\','2023-04-16 15:00:15','198.51.100.25',NULL),(17,'quentin.bertrand16@example.com','Quentin','Bertrand','1976-05-17','+33 6 12 34 16 12',0x760b2eac48bd42269463a90c29e88272d36a762e,_binary '\0tok16\'\\','2023-04-23 16:00:16','198.51.100.26','appelle le "soir"; rappel 16'),(18,'rose.roux17@example.com','Rose','Roux','1977-06-18','+33 6 12 34 17 19',0x6b6d58e89f0b7a6643cf712958cc8e7b19a4a74b,_binary '\0tok17\'\\','2023-04-30 17:00:17','198.51.100.27','appelle le "soir"; rappel 17'),(19,'sebastien.vincent18@example.com','Sébastien','Vincent','1978-07-19','+33 6 12 34 18 26',0x1af77e399f717b54566321e5b81a4bce7b7044e4,_binary '\0tok18\'\\','2023-05-07 18:00:18','198.51.100.28',NULL),(20,'theo.fournier19@example.com','Théo','Fournier','1979-08-20','+33 6 12 34 19 33',0x9c04f17115ddcab99bd5d21e7af091db389dba3e,_binary '\0tok19\'\\','2023-05-14 19:00:19','198.51.100.29','appelle le "soir"; rappel 19');
/*!40000 ALTER TABLE `customers` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

-- Dump completed on 2024-03-12 10:15:42
