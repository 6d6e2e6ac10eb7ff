# Ask SAF-KG a competency question from R, the answer as a data frame (base R and httr only).
# Usage: Rscript competency_question.R [BASE_URL] [SITE_ID]
library(httr)
args <- commandArgs(trailingOnly = TRUE)
base <- if (length(args) >= 1) args[1] else "http://localhost:3030"
site <- if (length(args) >= 2) args[2] else "S3"

# 1. A competency question by its name: the server binds siteId as an RDF term (query() URL-encodes it).
answer <- GET(paste0(base, "/questions/site-leadership.csv"), query = list(siteId = site))
stop_for_status(answer)
leadership <- read.csv(text = content(answer, as = "text", encoding = "UTF-8"), colClasses = "character")

# 2. Your own SPARQL on the public endpoint, the results as CSV.
q <- "PREFIX saf: <https://w3id.org/safkg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?study (COUNT(?e) AS ?episodes)
WHERE { ?e a saf:LeadershipEpisode ; saf:inStudy/dcterms:identifier ?study }
GROUP BY ?study ORDER BY ?study"
res <- POST(paste0(base, "/safkg/query"), body = list(query = q), encode = "form", accept("text/csv"))
stop_for_status(res)
episodes <- read.csv(text = content(res, as = "text", encoding = "UTF-8"))

write.csv(leadership, stdout(), row.names = FALSE)
cat("---\n")
write.csv(episodes, stdout(), row.names = FALSE)
