global using Microsoft.Extensions.Localization;
global using MlCareer.Core.Common;
global using MlCareer.Core.Security;
global using Microsoft.EntityFrameworkCore;
