global using Microsoft.EntityFrameworkCore;
global using MlCareer.Core.Common;
